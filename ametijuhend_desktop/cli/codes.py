"""The command line's exit codes, shared by every command."""

EXIT_OK = 0  # done, nothing found
EXIT_FINDINGS = 1  # done, and something was found (errors, differences, a failed file)
EXIT_USAGE = 2  # the user's mistake: a bad option, a missing or unreadable file
EXIT_FAULT = 70  # the program's own fault: one line, the details in the log
