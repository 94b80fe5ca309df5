<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="et">
<context>
    <name></name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/snippet_menu.py" line="43"/>
        <source>Standardtekstid: lisa asutuse või oma tekst</source>
        <translation>Standard texts: insert the agency&apos;s or your own</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/snippet_menu.py" line="47"/>
        <source>&amp;Standardtekstid</source>
        <translation>&amp;Standard Texts</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/snippet_menu.py" line="62"/>
        <source> (oma)</source>
        <translation> (own)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/snippet_menu.py" line="67"/>
        <source>Standardtekste veel pole</source>
        <translation>No standard texts yet</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/snippet_menu.py" line="70"/>
        <source>Jäta praegune rida meelde oma tekstina</source>
        <translation>Keep the current row as an own text</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/snippet_menu.py" line="75"/>
        <source>Unusta oma tekst</source>
        <translation>Forget an own text</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/spelling.py" line="171"/>
        <source>Soovitusi pole</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/spelling.py" line="174"/>
        <source>Lisa minu sõnastikku</source>
        <translation>Add to my dictionary</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="136"/>
        <source>Lisa uus ülesanne või rida (Insert)</source>
        <translation>Add a duty or a row (Insert)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="138"/>
        <source>Tee valitust koopia (Ctrl+D)</source>
        <translation>Duplicate the selected item (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="140"/>
        <source>Kustuta valitud ülesanne või rida</source>
        <translation>Delete the selected duty or row</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="142"/>
        <source>Liiguta üles (Ctrl+Üles)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="144"/>
        <source>Liiguta alla (Ctrl+Alla)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="92"/>
        <source>&amp;Uus ametniku ametijuhend</source>
        <translation>&amp;New Official’s Job Description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="94"/>
        <source>Uus &amp;töötaja ametijuhend</source>
        <translation>New &amp;Employee’s Job Description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="97"/>
        <source>Uus selle põ&amp;hjal…</source>
        <translation>New &amp;Based on This…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="98"/>
        <source>Uus ametijuhend avatud dokumendi põhjal: kinnitamine, kuupäevad ja allkirjad tühjad</source>
        <translation>A new job description based on the open one: approval, dates and signatures cleared</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="100"/>
        <source>&amp;Ava…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="101"/>
        <source>Ava &amp;kaust…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="103"/>
        <source>Kõik kausta ametijuhendid tabelina, kontrollid üle dokumentide ja käskkirja lisad</source>
        <translation>Every job description in a folder as a table, checks across documents and a directive&apos;s annexes</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="106"/>
        <source>&amp;Salvesta</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="107"/>
        <source>Salvesta &amp;nimega…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="108"/>
        <source>&amp;Ekspordi Wordi…</source>
        <translation>E&amp;xport to Word…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="112"/>
        <source>Ekspordi PD&amp;F-iks…</source>
        <translation>Export to P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="114"/>
        <source>&amp;Prindi…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="116"/>
        <source>&amp;Impordi vana ametijuhend…</source>
        <translation>&amp;Import an Old Job Description…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="118"/>
        <source>Loe varem Wordis tehtud ametijuhend uueks dokumendiks</source>
        <translation>Read a job description made earlier in Word into a new document</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="120"/>
        <source>Ava va&amp;rasem versioon…</source>
        <translation>Open an Earlier &amp;Version…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="122"/>
        <source>Võrd&amp;le…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="123"/>
        <source>Võrdle avatud dokumenti teise versiooniga (.ajx või .docx)</source>
        <translation>Compare the open document with another version (.ajx or .docx)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="125"/>
        <source>Sea&amp;ded…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="126"/>
        <source>Väl&amp;ju</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="128"/>
        <source>&amp;Võta tagasi</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="131"/>
        <source>Tee &amp;uuesti</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="135"/>
        <source>&amp;Lisa</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="137"/>
        <source>Tee k&amp;oopia</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="139"/>
        <source>&amp;Kustuta</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="141"/>
        <source>&amp;Üles</source>
        <translation>U&amp;p</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="143"/>
        <source>&amp;Alla</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="153"/>
        <source>&amp;Eelvaade</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="154"/>
        <source>Lei&amp;ud</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="167"/>
        <source>Viimati a&amp;vatud</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="170"/>
        <source>&amp;Fail</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="180"/>
        <source>&amp;Muuda</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="184"/>
        <source>&amp;Vaade</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="186"/>
        <source>&amp;Abi</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="190"/>
        <source>Tööriistad</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="202"/>
        <source>Uus</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="203"/>
        <source>Ava</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/actions.py" line="204"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="38"/>
        <source>Kinnita käskkirjaga</source>
        <translation>Approve by directive</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="43"/>
        <source>nt 1-2/27</source>
        <translation>e.g. 1-2/27</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="45"/>
        <source>tühi: iga dokumendi oma kinnitaja</source>
        <translation>empty: each document&apos;s own approver</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="47"/>
        <source>Vali…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="52"/>
        <source>Ka töötajate ametijuhendid (need on tavaliselt töölepingu lisad)</source>
        <translation>Employees&apos; job descriptions too (usually annexes to the employment contract)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="63"/>
        <source>Kinnita ja ekspordi</source>
        <translation>Approve and export</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="64"/>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="68"/>
        <source>Käskkirja kuupäev</source>
        <translation>Directive date</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="69"/>
        <source>Käskkirja number</source>
        <translation>Directive number</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="70"/>
        <source>Kinnitaja</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="71"/>
        <source>Lisade järjekord (lohista)</source>
        <translation>Order of the annexes (drag)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="72"/>
        <source>Wordi failid kausta</source>
        <translation>Word files to the folder</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="77"/>
        <source>Wordi failide kaust</source>
        <translation>Folder for the Word files</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="93"/>
        <source>Käskkirja number on puudu.</source>
        <translation>The directive number is missing.</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="46"/>
        <source>Muuda kõigis dokumentides</source>
        <translation>Change in every document</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="48"/>
        <source>Struktuuriüksuse nimi</source>
        <translation>Name of a structural unit</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="49"/>
        <source>Ametikoha nimetus</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="50"/>
        <source>Standardtekst (terve rida)</source>
        <translation>Standard text (a whole line)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="56"/>
        <source>&amp;Näita muudatusi</source>
        <translation>&amp;Show the changes</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="59"/>
        <source>Fail</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="59"/>
        <source>Koht</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="59"/>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="75"/>
        <source>Praegu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="60"/>
        <source>Pärast</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="66"/>
        <source>&amp;Muuda need kohad</source>
        <translation>&amp;Change these places</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="69"/>
        <source>Sulge</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="74"/>
        <source>Mida muuta</source>
        <translation>What to change</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="76"/>
        <source>Uus</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="98"/>
        <source>Kirjuta, mida muuta ja milleks.</source>
        <translation>Type what to change and into what.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="108"/>
        <source>{0} kohta {1} failis.</source>
        <translation>{0} places in {1} files.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="116"/>
        <source>Muudetud {0} kohta {1} failis; eelmised versioonid on varukoopiates.</source>
        <translation>Changed {0} places in {1} files; the previous versions are kept as backups.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/bulk_dialog.py" line="119"/>
        <source>Muutmata jäid:</source>
        <translation>Left unchanged:</translation>
    </message>
</context>
<context>
    <name>BulletsForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="61"/>
        <source>Oma sissejuhatus</source>
        <translation>Own intro line</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="85"/>
        <source>Õigused</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="85"/>
        <source>Vastutus</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="84"/>
        <source>Tühi sissejuhatus tähendab, et sissejuhatavat rida ei trükita.</source>
        <translation>An empty intro means no intro line is printed.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/commands.py" line="44"/>
        <source>Muuda välja</source>
        <translation>Edit field</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/commands.py" line="74"/>
        <source>Lisa</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/commands.py" line="90"/>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/commands.py" line="106"/>
        <source>Liiguta</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/editor.py" line="77"/>
        <source>Muuda ametikoha liiki</source>
        <translation>Change the kind of post</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="56"/>
        <source>Oli</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="57"/>
        <source>Nüüd</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="70"/>
        <source>Võrdle: {name}</source>
        <translation>Compare: {name}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="79"/>
        <source>Sulge</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="80"/>
        <source>&amp;Mine kohale</source>
        <translation>&amp;Go to the Place</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="81"/>
        <source>&amp;Võta see muudatus tagasi</source>
        <translation>&amp;Take This Change Back</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="82"/>
        <source>Võta &amp;kõik tagasi</source>
        <translation>Take &amp;All Back</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="103"/>
        <source>Erinevusi ei ole.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="104"/>
        <source>{n} erinevust. Vali muudatus, et näha muudetud sõnu.</source>
        <translation>{n} differences. Choose a change to see the words that changed.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="144"/>
        <source>Võta kõik muudatused tagasi</source>
        <translation>Take all changes back</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="161"/>
        <source>Võrdle failiga</source>
        <translation>Compare with a file</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="162"/>
        <source>Ametijuhendid (*.ajx *.docx)</source>
        <translation>Job descriptions (*.ajx *.docx)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/compare_dialog.py" line="169"/>
        <source>Faili ei saa võrrelda</source>
        <translation>The file cannot be compared</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="48"/>
        <source>Ootamatu viga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="56"/>
        <source>&amp;Kopeeri üksikasjad</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="57"/>
        <source>Vea tehniline kirjeldus lõikelauale, et saata see abistajale</source>
        <translation>The technical description of the error to the clipboard, to send to whoever helps you</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="63"/>
        <source>&amp;Sulge</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="70"/>
        <source>Ametijuhendis tekkis ootamatu viga.</source>
        <translation>Ametijuhend ran into an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="72"/>
        <source>Teie töö on tallel taastefailis:
{0}
Kui programm peaks sulguma, pakub Ametijuhend järgmisel käivitamisel selle taastamist.</source>
        <translation>Your work is safe in the recovery file:
{0}
If the program should close, Ametijuhend offers to recover it the next time it starts.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="75"/>
        <source>Võite tööd jätkata; salvestage dokument esimesel võimalusel.</source>
        <translation>You can go on working; save the document at the first opportunity.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="77"/>
        <source>Salvestamata muudatusi ei olnud: teie fail on alles.</source>
        <translation>There were no unsaved changes: your file is intact.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="79"/>
        <source>Taastefaili ei õnnestunud kirjutada. Salvestage dokument kohe, soovitatavalt teise nimega.</source>
        <translation>The recovery file could not be written. Save the document now, preferably under another name.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="82"/>
        <source>Üksikasjad on logifailis:
{0}</source>
        <translation>The details are in the log file:
{0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/crash_dialog.py" line="87"/>
        <source>Kopeeritud</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DocumentTreeModel</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/tree_model.py" line="157"/>
        <source>Dokumendi andmed</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/tree_model.py" line="159"/>
        <source>Allkirjad</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/tree_model.py" line="161"/>
        <source>(tühi)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>DutiesForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="34"/>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="35"/>
        <source>Ülesannete veerg</source>
        <translation>Duties column</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="36"/>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="38"/>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="48"/>
        <source>vaikimisi: {0}</source>
        <translation>default: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="37"/>
        <source>Tulemuste veerg</source>
        <translation>Results column</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="40"/>
        <source>Lisa ülesanne</source>
        <translation>Add duty</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="58"/>
        <source>Ülesandeid: {0}. Vali ülesanne vasakult puust; järjekorda saab muuta lohistades või Ctrl+Üles/Alla.</source>
        <translation>Duties: {0}. Choose a duty in the tree on the left; reorder by dragging or with Ctrl+Up/Down.</translation>
    </message>
</context>
<context>
    <name>DutyForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="73"/>
        <source>Ülesande kirjeldus</source>
        <translation>Description of the duty</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="79"/>
        <source>Alapunktid (kui tekst lõpeb „sh:”)</source>
        <translation>Sub-items (when the text ends in “sh:”)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="81"/>
        <source>Oodatavad tulemused</source>
        <translation>Expected results</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="96"/>
        <source>Kleebi ülesanne</source>
        <translation>Paste duty</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/duty_forms.py" line="124"/>
        <source>Ülesanne {0}.{1}</source>
        <translation>Duty {0}.{1}</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/export_done.py" line="17"/>
        <source>Eksporditud</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/export_done.py" line="18"/>
        <source>Wordi fail on valmis: {0}</source>
        <translation>The Word file is ready: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/export_done.py" line="20"/>
        <source>Ava &amp;dokument</source>
        <translation>Open the &amp;Document</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/export_done.py" line="22"/>
        <source>Ava &amp;kaust</source>
        <translation>Open the &amp;Folder</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="112"/>
        <source>Ava ametijuhend</source>
        <translation>Open job description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="113"/>
        <source>Ametijuhendid (*.ajx);;Ametijuhendist eksporditud Wordi failid (*.docx);;Kõik failid (*)</source>
        <translation>Job descriptions (*.ajx);;Word files exported from Ametijuhend (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="119"/>
        <source>Impordi vana ametijuhend</source>
        <translation>Import an old job description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="120"/>
        <source>Vanad ametijuhendid (*.docx *.doc *.odt *.rtf *.txt);;Kõik failid (*)</source>
        <translation>Old job descriptions (*.docx *.doc *.odt *.rtf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="127"/>
        <source>Importimine</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="128"/>
        <source>„{0}” on loetud uueks dokumendiks. Kontrolli neid kohti:</source>
        <translation>“{0}” has been read into a new document. Check these places:</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="138"/>
        <source>Salvesta ametijuhend</source>
        <translation>Save job description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="139"/>
        <source>Ametijuhendid (*.ajx)</source>
        <translation>Job descriptions (*.ajx)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="145"/>
        <source>Ekspordi Wordi</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="146"/>
        <source>Wordi dokumendid (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="152"/>
        <source>Salvestamata muudatused</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="153"/>
        <source>Kas salvestada muudatused failis „{0}”?</source>
        <translation>Save the changes to “{0}”?</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="155"/>
        <source>Kui muudatusi ei salvesta, lähevad need kaotsi.</source>
        <translation>If you don’t save, your changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="161"/>
        <source>&amp;Salvesta</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="162"/>
        <source>Ä&amp;ra salvesta</source>
        <translation>Do&amp;n’t Save</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="163"/>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="196"/>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="187"/>
        <source>Dokumendis on vigu</source>
        <translation>The document has errors</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="188"/>
        <source>Kontroll leidis dokumendist vigu ({0}). Kas eksportida ikkagi?</source>
        <translation>The check found errors in the document ({0}). Export anyway?</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="192"/>
        <source>… ja veel {0}</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="194"/>
        <source>&amp;Ekspordi ikkagi</source>
        <translation>&amp;Export Anyway</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="195"/>
        <source>&amp;Näita viga</source>
        <translation>&amp;Show the Error</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="226"/>
        <source>ametijuhend</source>
        <translation>job-description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="256"/>
        <source>Uus ametijuhend, tehtud avatud dokumendi põhjal</source>
        <translation>A new job description, made from the open document</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="309"/>
        <source>Faili ei saa importida</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="335"/>
        <source>Dokument on avatud ainult lugemiseks: salvesta koopia teise nimega.</source>
        <translation>The document is open read-only: save a copy under another name.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="360"/>
        <source>Salvestatud: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="380"/>
        <source>Eksport ebaõnnestus</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/file_actions.py" line="384"/>
        <source>Eksporditud: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="82"/>
        <source>Otsitav tekst</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="85"/>
        <source>Asendustekst</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="86"/>
        <source>Tõstutundlik</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="87"/>
        <source>Terved sõnad</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="88"/>
        <source>Järgmine</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="89"/>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="106"/>
        <source>Asenda</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="90"/>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="268"/>
        <source>Asenda kõik</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="94"/>
        <source>Sulge otsing (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="100"/>
        <source>Otsi</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="135"/>
        <source>Ot&amp;si…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="138"/>
        <source>Asen&amp;da…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="203"/>
        <source>Vasteid: {0}</source>
        <translation>Matches: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/find_bar.py" line="276"/>
        <source>Muudetud välju: {0}</source>
        <translation>Fields changed: {0}</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/findings_panel.py" line="77"/>
        <source>Vigu ega märkusi pole.</source>
        <translation>No errors or remarks.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/findings_panel.py" line="84"/>
        <source>Erinevus asutuse standardtekstist</source>
        <translation>Differs from the agency&apos;s standard text</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/findings_panel.py" line="89"/>
        <source>Importimisel tehtud oletus või paigutamata rida: kontrolli</source>
        <translation>A guess made by the import, or a line it could not place: check it</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/findings_panel.py" line="101"/>
        <source>Vigu: {0}, märkusi: {1}</source>
        <translation>Errors: {0}, remarks: {1}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/findings_panel.py" line="103"/>
        <source>, standardtekstist erinevusi: {0}</source>
        <translation>, departures from the standard texts: {0}</translation>
    </message>
</context>
<context>
    <name>FolderTable</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="53"/>
        <source>Ametinimetus</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="53"/>
        <source>Struktuuriüksus</source>
        <translation>Structural unit</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="53"/>
        <source>Liik</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="53"/>
        <source>Vahetu juht</source>
        <translation>Direct manager</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="54"/>
        <source>Kinnitatud</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="54"/>
        <source>Käskkiri nr</source>
        <translation>Directive no.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="54"/>
        <source>Lisa</source>
        <translation>Annex</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="54"/>
        <source>Viimane ülevaatus</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="55"/>
        <source>Järgmine ülevaatus</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="55"/>
        <source>Vigu</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="55"/>
        <source>Hoiatusi</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="55"/>
        <source>Muudetud</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="56"/>
        <source>Fail</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="118"/>
        <source>(ei saa avada)</source>
        <translation>(cannot be opened)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="128"/>
        <source>ametnik</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_table.py" line="128"/>
        <source>töötaja</source>
        <translation>employee</translation>
    </message>
</context>
<context>
    <name>FolderViews</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_views.py" line="29"/>
        <source>Ava kaust</source>
        <translation>Open Folder</translation>
    </message>
</context>
<context>
    <name>FolderWindow</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="111"/>
        <source>Kaust: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="130"/>
        <source>Otsi kõigi dokumentide tekstist…</source>
        <translation>Search the text of every document…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="135"/>
        <source>Kõik liigid</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="136"/>
        <source>ametnik</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="137"/>
        <source>töötaja</source>
        <translation>employee</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="139"/>
        <source>Kõik</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="140"/>
        <source>Vigadega</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="141"/>
        <source>Hoiatustega</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="142"/>
        <source>Ülevaatus hilinenud</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="143"/>
        <source>Ei saa avada</source>
        <translation>Cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="147"/>
        <source>Kinnita valitud käskkirjaga…</source>
        <translation>Approve the Selected by Directive…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="149"/>
        <source>Muuda kõigis…</source>
        <translation>Change in All…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="150"/>
        <source>Nimeta üksus või ametikoht ümber või uuenda standardteksti kõigis dokumentides, eelvaatega</source>
        <translation>Rename a unit or a position, or update a standard text, in every document, with a preview</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="180"/>
        <source>Fail</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="180"/>
        <source>Leid</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="207"/>
        <source>Loen kausta {0}…</source>
        <translation>Reading the folder {0}…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="242"/>
        <source>{0} ametijuhendit, {1} leidu, {2} ei saa avada</source>
        <translation>{0} job descriptions, {1} findings, {2} cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="248"/>
        <source>Loen kausta {0}… {1} / {2}</source>
        <translation>Reading the folder {0}… {1} / {2}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="252"/>
        <source>Kausta ei saanud lugeda: {0}</source>
        <translation>The folder could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="267"/>
        <source>Kõik üksused</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/folder_window.py" line="342"/>
        <source>Vali tabelist kinnitatavad ametijuhendid.</source>
        <translation>Choose the job descriptions to approve in the table.</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="27"/>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="29"/>
        <source>vaikimisi: {heading}</source>
        <translation>default: {heading}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="33"/>
        <source>nt Peaspetsialist (ennetusteenus)</source>
        <translation>e.g. Chief Specialist (prevention)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="36"/>
        <source>osakond, talitus, tiim</source>
        <translation>department, division, team</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="39"/>
        <source>vahetu juhi ametikoht</source>
        <translation>the direct manager’s position</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="40"/>
        <source>ametikoht</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="46"/>
        <source>Lisaread (vanemates ametijuhendites)</source>
        <translation>Extra rows (older job descriptions)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="47"/>
        <source>nimetus, nt Alluvad</source>
        <translation>label, e.g. Alluvad</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="49"/>
        <source>sisu</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="53"/>
        <source>Ridade oma nimetused (vanemates ametijuhendites)</source>
        <translation>Own row labels (older job descriptions)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/general_form.py" line="62"/>
        <source>Nt „Teenistuskoht” ametinimetuse asemel; tühi: tavaline nimetus.</source>
        <translation>E.g. “Teenistuskoht” instead of the job title; empty: the usual label.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="24"/>
        <source>Ava &amp;logikaust</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="25"/>
        <source>Logifailid, mida abistaja võib küsida</source>
        <translation>The log files someone helping you may ask for</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="27"/>
        <source>&amp;Teave</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="48"/>
        <source>Ametijuhend {0}</source>
        <translation>Ametijuhend {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="49"/>
        <source>Ametijuhendite koostamine ja eksport Wordi.</source>
        <translation>Writing job descriptions and exporting them to Word.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="51"/>
        <source>Logikaust: {0}</source>
        <translation>Log folder: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/help_menu.py" line="55"/>
        <source>Teave</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="93"/>
        <source>Lisa uus rida (Insert)</source>
        <translation>Add a row (Insert)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="94"/>
        <source>Tee koopia (Ctrl+D)</source>
        <translation>Duplicate (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="95"/>
        <source>Kustuta rida (Ctrl+Shift+Delete)</source>
        <translation>Delete row (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="96"/>
        <source>Liiguta üles (Ctrl+Üles)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="97"/>
        <source>Liiguta alla (Ctrl+Alla)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="122"/>
        <source>Loetelu on tühi. Vajuta Insert, et lisada rida.</source>
        <translation>The list is empty. Press Insert to add a row.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="123"/>
        <source>Loetelu on tühi. Lisa rida nupuga +.</source>
        <translation>The list is empty. Add a row with the + button.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="342"/>
        <source>Lisa rida</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="343"/>
        <source>Tee koopia</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="344"/>
        <source>Kustuta rida</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="345"/>
        <source>Liiguta üles</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/list_editor.py" line="346"/>
        <source>Liiguta alla</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/main_window.py" line="86"/>
        <source>Leiud</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/main_window.py" line="110"/>
        <source>Eelvaade</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/main_window.py" line="187"/>
        <source>(ainult lugemiseks)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/main_window.py" line="219"/>
        <source>Nimetu</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/main_window.py" line="336"/>
        <source>Jäta ametijuhendist välja</source>
        <translation>Leave out of the job description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/main_window.py" line="337"/>
        <source>Lisa ametijuhendisse</source>
        <translation>Include in the job description</translation>
    </message>
</context>
<context>
    <name>MetaForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="20"/>
        <source>Ametikoha liik</source>
        <translation>Kind of post</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="22"/>
        <source>Ametnik (avaliku teenistuse seadus)</source>
        <translation>Official (Civil Service Act)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="23"/>
        <source>Töötaja (töölepingu seadus)</source>
        <translation>Employee (Employment Contracts Act)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="52"/>
        <source>Asutus</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="53"/>
        <source>nt Sotsiaalkindlustusamet</source>
        <translation>e.g. Sotsiaalkindlustusamet</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="55"/>
        <source>Kinnitamine (ametniku ametijuhend)</source>
        <translation>Approval (official’s job description)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="57"/>
        <source>Kinnitaja</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="58"/>
        <source>nt peadirektori</source>
        <translation>e.g. peadirektori</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="60"/>
        <source>Käskkirja kuupäev</source>
        <translation>Directive date</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="62"/>
        <source>Käskkirja number</source>
        <translation>Directive number</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="63"/>
        <source>nt 1-1/23</source>
        <translation>e.g. 1-1/23</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="64"/>
        <source>Lisa</source>
        <translation>Annex</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="65"/>
        <source>nt Lisa 2</source>
        <translation>e.g. Lisa 2</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="67"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="69"/>
        <source>Versioon</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="70"/>
        <source>Kehtib alates</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="72"/>
        <source>Viimati üle vaadatud</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="74"/>
        <source>Koostaja</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="89"/>
        <source>Päises: „{header}” ja kinnitamise rida; ülesannete pealkiri „{duties}”; allkirjastab kinnitaja.</source>
        <translation>Header: “{header}” and the approval line; duties heading “{duties}”; signed by the approver.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/meta_form.py" line="92"/>
        <source>Päises: „{header}”; ülesannete pealkiri „{duties}”; allkirjastavad tööandja ja töötaja.</source>
        <translation>Header: “{header}”; duties heading “{duties}”; signed by the employer and the employee.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/date_field.py" line="71"/>
        <source>pp.kk.aaaa</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/date_field.py" line="72"/>
        <source>Kirjuta kuupäev, nt 01.01.2027, või vali kalendrist; ↑ ja ↓ muudavad päeva</source>
        <translation>Type a date, e.g. 01.01.2027, or pick it from the calendar; ↑ and ↓ change the day</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/date_field.py" line="93"/>
        <source>Vali kalendrist</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/date_field.py" line="98"/>
        <source>Eemalda kuupäev</source>
        <translation>Remove the date</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/print_actions.py" line="36"/>
        <source>Ekspordi PDF-iks</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/print_actions.py" line="37"/>
        <source>PDF-dokumendid (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/print_actions.py" line="62"/>
        <source>Eksporditud: {0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/print_actions.py" line="66"/>
        <source>PDF-i eksport ebaõnnestus</source>
        <translation>Export to PDF failed</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/print_actions.py" line="80"/>
        <source>Prindi</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PurposeForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="39"/>
        <source>Lõigud</source>
        <translation>Paragraphs</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="43"/>
        <source>Salvestamata muudatuste taastamine</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="46"/>
        <source>Programm suleti eelmisel korral ootamatult. Need dokumendid jäid salvestamata; valige, kas taastada viimati automaatselt salvestatud seis või see kustutada.</source>
        <translation>The program closed unexpectedly last time. These documents were not saved; choose whether to recover the last automatically saved state or delete it.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="60"/>
        <source>Taasta</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="61"/>
        <source>Kustuta</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="62"/>
        <source>Hiljem</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="74"/>
        <source>Nimetu dokument</source>
        <translation>Untitled document</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="78"/>
        <source>{0}
Taastefail on vigane: {1}</source>
        <translation>{0}
The recovery file is damaged: {1}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="80"/>
        <source>salvestamata</source>
        <translation>never saved</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="81"/>
        <source>{0}
Automaatselt salvestatud {1} · {2}</source>
        <translation>{0}
Saved automatically {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="96"/>
        <source>Kustuta taastefail</source>
        <translation>Discard recovery file</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_dialog.py" line="97"/>
        <source>Kas kustutada selle dokumendi salvestamata muudatused jäädavalt? Seda ei saa tagasi võtta.</source>
        <translation>Discard this document’s unsaved changes for good? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>RequirementsForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="23"/>
        <source>Nõuded</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="24"/>
        <source>nt Haridus</source>
        <translation>e.g. Haridus</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="25"/>
        <source>nõue</source>
        <translation>requirement</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="29"/>
        <source>Keeleoskuse rea nimetus</source>
        <translation>Label of the languages row</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="41"/>
        <source>Keeleoskuse rea koht nõuete seas</source>
        <translation>Position of the languages row among the requirements</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="43"/>
        <source>Keeled</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="44"/>
        <source>keel, nt inglise</source>
        <translation>language, e.g. inglise</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="48"/>
        <source>nõutav</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="48"/>
        <source>kasuks tuleb</source>
        <translation>an advantage</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="49"/>
        <source>oma sõnastus (vaikimisi luuakse lause)</source>
        <translation>own wording (by default a sentence is generated)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="55"/>
        <source>Kompetentside rea nimetus</source>
        <translation>Label of the competencies row</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="57"/>
        <source>Käitumised</source>
        <translation>Behaviours</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="59"/>
        <source>Kompetentsigrupid</source>
        <translation>Competency groups</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="60"/>
        <source>grupi nimi, nt Koostöövõime</source>
        <translation>group name, e.g. Koostöövõime</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="64"/>
        <source>Täiendavate kompetentside rea nimetus</source>
        <translation>Label of the additional competencies row</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="67"/>
        <source>Täiendavad kompetentsid</source>
        <translation>Additional competencies</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="68"/>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="69"/>
        <source>kirjeldus</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="75"/>
        <source>esimesena</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="76"/>
        <source>pärast „{0}”</source>
        <translation>after “{0}”</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/requirements_form.py" line="76"/>
        <source>rida {0}</source>
        <translation>row {0}</translation>
    </message>
</context>
<context>
    <name>RowKeys</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/row_keys.py" line="60"/>
        <source>Uus punkt</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/row_keys.py" line="72"/>
        <source>Kleebi loetelu</source>
        <translation>Paste list</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping.py" line="96"/>
        <source>Automaatne salvestamine ebaõnnestus: {0}</source>
        <translation>Automatic saving failed: {0}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_offer.py" line="78"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping.py" line="123"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping.py" line="242"/>
        <source>Faili ei saa avada</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping.py" line="179"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping.py" line="207"/>
        <source>Salvestamine ebaõnnestus</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/recovery_offer.py" line="47"/>
        <source>Taastamine ebaõnnestus</source>
        <translation>Recovery failed</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="29"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="60"/>
        <source>Fail on kasutusel</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="34"/>
        <source>Fail on juba avatud teises Ametijuhendi aknas selles arvutis; jätkake pigem seal. Kui avate selle ka siin, võivad kahe akna muudatused teineteist üle kirjutada.</source>
        <translation>The file is already open in another Ametijuhend window on this computer; better carry on there. If you open it here too, the two windows may overwrite each other’s changes.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="39"/>
        <source>Kui avate selle tavapäraselt, võivad teie ja teise kasutaja muudatused teineteist üle kirjutada.</source>
        <translation>If you open it normally, your changes and the other user’s may overwrite each other.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="42"/>
        <source>Ava ainult lugemiseks</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="44"/>
        <source>Ava siiski</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="46"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="67"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="87"/>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="62"/>
        <source>Kui salvestate selle üle, lähevad tema salvestamata muudatused kaotsi; turvalisem on salvestada teise nimega.</source>
        <translation>If you save over it, their unsaved changes are lost; it is safer to save under another name.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="77"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="97"/>
        <source>Fail on muutunud</source>
        <translation>The file has changed</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="80"/>
        <source>Kas salvestada siiski? Teise muudatused lähevad siis kaotsi; turvalisem on salvestada teise nimega.</source>
        <translation>Save anyway? The other changes will then be lost; saving under another name is safer.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="84"/>
        <source>Kas salvestada fail uuesti samasse kohta?</source>
        <translation>Save the file again in the same place?</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="65"/>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="85"/>
        <source>Salvesta siiski</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="98"/>
        <source>Faili „{0}” on väljaspool seda akent muudetud. Kas laadida uus seis?</source>
        <translation>“{0}” has been changed outside this window. Load the new version?</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="101"/>
        <source>Teie salvestamata muudatused lähevad siis kaotsi.</source>
        <translation>Your unsaved changes will then be lost.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="103"/>
        <source>&amp;Laadi uus seis</source>
        <translation>&amp;Load the New Version</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/safekeeping_dialogs.py" line="105"/>
        <source>&amp;Jäta see seis</source>
        <translation>&amp;Keep This Version</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="56"/>
        <source>Seaded</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="60"/>
        <source>nt Sotsiaalkindlustusamet</source>
        <translation>e.g. Sotsiaalkindlustusamet</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="61"/>
        <source>Asutus</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="63"/>
        <source>uue ametijuhendi kinnitaja või tööandja</source>
        <translation>approver or employer of a new job description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="64"/>
        <source>Vaikimisi allkirjastaja</source>
        <translation>Default signatory</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="66"/>
        <source>programmi oma mall</source>
        <translation>the program’s own template</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="67"/>
        <source>Vali…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="72"/>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="107"/>
        <source>Wordi mall</source>
        <translation>Word template</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="82"/>
        <source>Iga salvestus jätab eelmise versiooni alles; vanemad kustutatakse.</source>
        <translation>Each save keeps the previous version; older ones are deleted.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="84"/>
        <source>Varasemaid versioone alles</source>
        <translation>Earlier versions kept</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="89"/>
        <source>Keel</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="91"/>
        <source>Seaded: {0}
Omad mallid: {1}</source>
        <translation>Settings: {0}
Own templates: {1}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="98"/>
        <source>Salvesta</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="99"/>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/settings_dialog.py" line="108"/>
        <source>Wordi mallid (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>SignatoriesForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/signatories_form.py" line="25"/>
        <source>Allkirjastajad</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/signatories_form.py" line="28"/>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/signatories_form.py" line="29"/>
        <source>ametikoht</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/signatories_form.py" line="37"/>
        <source>Ametniku ametijuhendi allkirjastab kinnitaja.</source>
        <translation>An official’s job description is signed by the approver.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/signatories_form.py" line="39"/>
        <source>Töötaja ametijuhendi allkirjastavad mõlemad pooled: tööandja ja töötaja.</source>
        <translation>An employee’s job description is signed by both parties: the employer and the employee.</translation>
    </message>
</context>
<context>
    <name>TextSectionForm</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="49"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/versions_dialog.py" line="24"/>
        <source>Varasemad versioonid</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/versions_dialog.py" line="27"/>
        <source>Faili „{0}” varasemad salvestatud versioonid. Valitud versioon avatakse uue, salvestamata dokumendina; fail ise jääb muutmata.</source>
        <translation>Earlier saved versions of “{0}”. The chosen version opens as a new, unsaved document; the file itself stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/versions_dialog.py" line="31"/>
        <source>Failist „{0}” ei ole veel varasemaid versioone: need tekivad iga salvestamisega.</source>
        <translation>“{0}” has no earlier versions yet: one is kept with every save.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/versions_dialog.py" line="38"/>
        <source>Salvestatud {0} ({1} kB)</source>
        <translation>Saved {0} ({1} kB)</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/versions_dialog.py" line="48"/>
        <source>Ava koopiana</source>
        <translation>Open as a copy</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/versions_dialog.py" line="50"/>
        <source>Loobu</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_OptionalSection</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="28"/>
        <source>See osa on ametijuhendis</source>
        <translation>This section is in the job description</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="30"/>
        <source>Pealkiri</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/forms/simple_forms.py" line="32"/>
        <source>vaikimisi: {heading}</source>
        <translation>default: {heading}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="109"/>
        <source>Kinnitamine jäi tegemata: ükski fail ei muutunud.</source>
        <translation>Nothing was approved: no file changed.</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="117"/>
        <source>Kinnitatud {0} ametijuhendit; Wordi failid ja lisade loetelu: {1}</source>
        <translation>Approved {0} job descriptions; the Word files and the list of annexes: {1}</translation>
    </message>
    <message>
        <location filename="../../ametijuhend_desktop/ui/approve_dialog.py" line="120"/>
        <source>Välja jäeti {0} töötaja ametijuhendit.</source>
        <translation>{0} employees&apos; job descriptions were left out.</translation>
    </message>
</context>
</TS>
