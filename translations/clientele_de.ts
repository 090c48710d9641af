<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/mainwindow/aboutbox.cpp" line="+9"/>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;A customer book for small businesses: contacts, orders, follow-ups and a sales pipeline in one file on your computer.&lt;/p&gt;&lt;p&gt;Clientele is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;Ein Kundenbuch für kleine Unternehmen: Kontakte, Bestellungen, Wiedervorlagen und eine Vertriebspipeline in einer Datei auf Ihrem Computer.&lt;/p&gt;&lt;p&gt;Clientele ist freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Es gibt keine Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Clientele</source>
        <translation>Über Clientele</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../core/activities/activity.cpp" line="+39"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <location filename="../core/activities/activityrepository.cpp" line="+78"/>
        <source>Please choose the customer this is about.</source>
        <translation>Bitte wählen Sie den Kunden aus, um den es geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter a subject or some text.</source>
        <translation>Bitte geben Sie einen Betreff oder einen Text ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deal this is about no longer exists.</source>
        <translation>Das zugehörige Geschäft gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order this is about no longer exists.</source>
        <translation>Die zugehörige Bestellung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+44"/>
        <source>Could not save the activity</source>
        <translation>Die Aktivität konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Could not read activity %1</source>
        <translation>Die Aktivität %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+6"/>
        <source>Activity %1 does not exist.</source>
        <translation>Die Aktivität %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="+55"/>
        <source>Could not write the audit log: %1</source>
        <translation>Das Änderungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BakerySample</name>
    <message>
        <location filename="../core/sample/bakerysample.cpp" line="+37"/>
        <source>The sample bakery could not be written: %1</source>
        <translation>Die Beispielbäckerei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already holds contacts. The sample bakery can only be added to a new, empty database.</source>
        <translation>Diese Datenbank enthält bereits Kontakte. Die Beispielbäckerei kann nur einer neuen, leeren Datenbank hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>BulkIndexing</name>
    <message>
        <location filename="../core/search/bulkindexing.cpp" line="+15"/>
        <source>The search index could not be updated: %1</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <location filename="../core/settings/businesssettings.cpp" line="+56"/>
        <source>Could not save the setting %1: %2</source>
        <translation>Die Einstellung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a time zone this computer knows; give an IANA name such as Europe/Berlin.</source>
        <translation>%1 ist keine Zeitzone, die dieser Computer kennt; geben Sie einen IANA-Namen wie Europe/Berlin an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the pipeline stages: %1</source>
        <translation>Die Pipeline-Phasen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create the pipeline stages: %1</source>
        <translation>Die Pipeline-Phasen konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ClienteleCli</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+24"/>
        <source>Check the database for damage without changing it: SQLite&apos;s integrity check, records that
refer to missing ones, the schema version and the search index. Works while Clientele has
the database open.</source>
        <translation>Die Datenbank auf Schäden prüfen, ohne sie zu verändern: Integritätsprüfung von SQLite,
Einträge, die auf fehlende verweisen, Schemaversion und Suchindex. Funktioniert auch,
während Clientele die Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database OK (schema version %1)
</source>
        <translation>Datenbank in Ordnung (Schemaversion %1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clidatabase.cpp" line="+13"/>
        <source>The database file (default: $CLIENTELE_DB, else %1)</source>
        <translation>Die Datenbankdatei (Vorgabe: $CLIENTELE_DB, sonst %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+56"/>
        <location filename="../app/cli/main.cpp" line="+88"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>unbekannte Option &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option &apos;--%1&apos; does not take a value</source>
        <translation>Option &apos;--%1&apos; erwartet keinen Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>Option &apos;--%1&apos; braucht einen Wert (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing argument %1</source>
        <translation>Argument %1 fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: clientele-cli %1

%2
</source>
        <translation>Aufruf: clientele-cli %1

%2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="+25"/>
        <location filename="../app/cli/ordercommands.cpp" line="+30"/>
        <location filename="../app/cli/orderpdfcommand.cpp" line="+39"/>
        <location filename="../app/cli/productcommands.cpp" line="+26"/>
        <source>Print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the contacts (not those in the trash), sorted by name.
With --json, print an array with every detail of each contact.</source>
        <translation>Die Kontakte (außer denen im Papierkorb) nach Namen sortiert auflisten.
Mit --json ein Array mit allen Angaben zu jedem Kontakt ausgeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show every detail of the contact with the given id.</source>
        <translation>Alle Angaben zum Kontakt mit der angegebenen ID anzeigen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a person and print the new contact&apos;s id. At least a first or a last name is needed;
the first email and phone given become the primary ones.</source>
        <translation>Eine Person hinzufügen und die ID des neuen Kontakts ausgeben. Mindestens ein Vor- oder Nachname
ist nötig; die zuerst angegebene E-Mail-Adresse und Telefonnummer werden die Hauptkontaktdaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address (repeatable)</source>
        <translation>Eine E-Mail-Adresse (mehrfach möglich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number (repeatable)</source>
        <translation>Eine Telefonnummer (mehrfach möglich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag such as VIP (repeatable)</source>
        <translation>Ein Schlagwort wie VIP (mehrfach möglich)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: clientele-cli contacts COMMAND [ARGUMENTS]

Commands:
  list       List the contacts
  show ID    Show one contact
  add        Add a person

Run &apos;clientele-cli contacts COMMAND --help&apos; for the options of a command.
</source>
        <translation>Aufruf: clientele-cli contacts COMMAND [ARGUMENTS]

Befehle:
  list       Die Kontakte auflisten
  show ID    Einen Kontakt anzeigen
  add        Eine Person hinzufügen

Mit &apos;clientele-cli contacts COMMAND --help&apos; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No contacts yet.
</source>
        <translation>Noch keine Kontakte.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/duplicatescommand.cpp" line="+83"/>
        <location filename="../app/cli/importcommand.cpp" line="+349"/>
        <location filename="../app/cli/ordercommands.cpp" line="+232"/>
        <location filename="../app/cli/productcommands.cpp" line="+103"/>
        <location filename="../app/cli/searchcommand.cpp" line="+93"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/duplicatescommand.cpp" line="+0"/>
        <location filename="../app/cli/productcommands.cpp" line="+0"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+63"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+2"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+4"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/mergecommand.cpp" line="+49"/>
        <location filename="../app/cli/ordercommands.cpp" line="-41"/>
        <location line="+123"/>
        <source>&apos;%1&apos; is not a contact id (a positive whole number)</source>
        <translation>&apos;%1&apos; ist keine Kontakt-ID (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contact with id %1</source>
        <translation>Kein Kontakt mit der ID %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a contact needs --first or --last</source>
        <translation>ein Kontakt braucht --first oder --last</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing contacts command (list, show or add)</source>
        <translation>Befehl für contacts fehlt (list, show oder add)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown contacts command &apos;%1&apos;</source>
        <translation>unbekannter contacts-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/contactview.cpp" line="-30"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/cli/orderview.cpp" line="+52"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email marketing</source>
        <translation>E-Mail-Werbung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/orderview.cpp" line="+13"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/importcommand.cpp" line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/importcommand.cpp" line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/orderview.cpp" line="+3"/>
        <source>In the trash since</source>
        <translation>Im Papierkorb seit</translation>
    </message>
    <message>
        <location filename="../app/cli/duplicatescommand.cpp" line="-56"/>
        <source>List pairs of contacts that may be the same customer, strongest first: the same email,
the same phone, or very similar names in the same city or company. Merge a pair with
&apos;merge KEEP_ID OTHER_ID&apos;.
With --json, print an array of {&quot;a&quot;: {&quot;id&quot;, &quot;name&quot;}, &quot;b&quot;: {...}, &quot;reasons&quot;: [&quot;email&quot;,
&quot;phone&quot;, &quot;name&quot;], &quot;detail&quot;}.</source>
        <translation>Kontaktpaare auflisten, die derselbe Kunde sein könnten, die sichersten zuerst: gleiche E-Mail-Adresse,
gleiche Telefonnummer oder sehr ähnliche Namen im selben Ort oder in derselben Firma. Ein Paar mit
&apos;merge KEEP_ID OTHER_ID&apos; zusammenführen.
Mit --json ein Array aus {&quot;a&quot;: {&quot;id&quot;, &quot;name&quot;}, &quot;b&quot;: {...}, &quot;reasons&quot;: [&quot;email&quot;,
&quot;phone&quot;, &quot;name&quot;], &quot;detail&quot;} ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/importcommand.cpp" line="-60"/>
        <location filename="../app/cli/searchcommand.cpp" line="-60"/>
        <source>Print a JSON array instead of text</source>
        <translation>Ein JSON-Array statt Text ausgeben</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No likely duplicates found.
</source>
        <translation>Keine wahrscheinlichen Duplikate gefunden.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="-242"/>
        <source>Import customers (csv, txt, xlsx, ods, vcf) or orders (csv, xlsx, ods) as one batch. Columns are
mapped automatically; --map overrides one column (repeatable). Contacts already in the book
(same email, then same phone) are skipped, merged (empty fields filled) or overwritten.
Undo the whole batch later with &apos;undo-import BATCH_ID&apos;.</source>
        <translation>Kunden (csv, txt, xlsx, ods, vcf) oder Bestellungen (csv, xlsx, ods) in einem Durchgang importieren.
Spalten werden automatisch zugeordnet; --map legt eine Spalte fest (mehrfach möglich). Kontakte,
die schon im Buch sind (gleiche E-Mail, sonst gleiche Telefonnummer), werden übersprungen,
zusammengeführt (leere Felder ergänzt) oder überschrieben. Der ganze Durchgang lässt sich später
mit &apos;undo-import BATCH_ID&apos; rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contacts (default) or orders</source>
        <translation>contacts (Vorgabe) oder orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (default), csv, xlsx, ods or vcf</source>
        <translation>auto (Vorgabe), csv, xlsx, ods oder vcf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default), utf-8, utf-16 or windows-1252</source>
        <translation>auto (Vorgabe), utf-8, utf-16 oder windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (default), &apos;,&apos;, &apos;;&apos;, tab or &apos;|&apos;</source>
        <translation>auto (Vorgabe), &apos;,&apos;, &apos;;&apos;, tab oder &apos;|&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet of an xlsx/ods workbook (default: the first)</source>
        <translation>Das Tabellenblatt einer xlsx/ods-Arbeitsmappe (Vorgabe: das erste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a mapping saved in the import wizard</source>
        <translation>Eine im Importassistenten gespeicherte Zuordnung anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column to a field (e.g. Mail=email, Allergien=custom:Allergies)</source>
        <translation>Eine Spalte einem Feld zuordnen (z. B. Mail=email, Allergien=custom:Allergies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip (default), merge or overwrite</source>
        <translation>skip (Vorgabe), merge oder overwrite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email, phone or name (name and company); default: email, then phone</source>
        <translation>email, phone oder name (Name und Firma); Vorgabe: email, dann phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default), dmy, mdy or ymd for dates like 03/04/2025</source>
        <translation>auto (Vorgabe), dmy, mdy oder ymd für Datumsangaben wie 03/04/2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom (default: a custom field per column), notes, or ignore (reported, not imported)</source>
        <translation>custom (Vorgabe: ein benutzerdefiniertes Feld pro Spalte), notes oder ignore (wird gemeldet, aber nicht importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read, check and report everything, but write nothing</source>
        <translation>Alles lesen, prüfen und berichten, aber nichts schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every rejected, merged, skipped or warned row as CSV</source>
        <translation>Jede abgelehnte, zusammengeführte, übersprungene oder mit Warnung versehene Zeile als CSV schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as one JSON object</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>--%1 muss eines von %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delimiter &quot;%1&quot;</source>
        <translation>Trennzeichen &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3 rows read
</source>
        <translation>%1 (%2): %3 Zeilen gelesen
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 created, %2 updated, %3 skipped as duplicates, %4 rejected
</source>
        <translation>  %1 angelegt, %2 aktualisiert, %3 als Duplikate übersprungen, %4 abgelehnt
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  ... and %1 more (write them all with --report PATH)
</source>
        <translation>  ... und %1 weitere (alle mit --report PATH schreiben)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was written.
</source>
        <translation>Testlauf: Es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1. Undo it with: clientele-cli undo-import %1
</source>
        <translation>Import %1. Rückgängig machen mit: clientele-cli undo-import %1
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--map needs COLUMN=FIELD, not &apos;%1&apos;</source>
        <translation>--map braucht COLUMN=FIELD, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: %2</source>
        <translation>--map %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--report needs a file path</source>
        <translation>--report braucht einen Dateipfad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source><byte value="xd"/>%1 rows, %2 rows/s, %3%</source>
        <translation><byte value="xd"/>%1 Zeilen, %2 Zeilen/s, %3 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List past imports, newest first, with their counts and whether they were undone.</source>
        <translation>Bisherige Importe auflisten, die neuesten zuerst, mit ihren Zahlen und ob sie rückgängig gemacht wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show at most N imports (default 50)</source>
        <translation>Höchstens N Importe anzeigen (Vorgabe 50)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/searchcommand.cpp" line="+26"/>
        <source>--limit needs a positive whole number, not &apos;%1&apos;</source>
        <translation>--limit braucht eine positive ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No imports yet.
</source>
        <translation>Noch keine Importe.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/ordercommands.cpp" line="-82"/>
        <location filename="../app/cli/orderview.cpp" line="-14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="+28"/>
        <source>Create the database, or bring an existing one up to this version&apos;s schema.
With --sample bakery, fill a new database with &quot;Rosie&apos;s Bakery&quot;, a sample shop
with customers, orders, deals and follow-ups to explore.</source>
        <translation>Die Datenbank anlegen oder eine vorhandene auf das Schema dieser Version bringen.
Mit --sample bakery eine neue Datenbank mit &quot;Rosie&apos;s Bakery&quot; füllen, einem Beispielladen
mit Kunden, Bestellungen, Geschäften und Wiedervorlagen zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add sample data; the only sample is &apos;bakery&apos;</source>
        <translation>Beispieldaten hinzufügen; das einzige Beispiel ist &apos;bakery&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown sample &apos;%1&apos;; the only sample is &apos;bakery&apos;</source>
        <translation>unbekanntes Beispiel &apos;%1&apos;; das einzige Beispiel ist &apos;bakery&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 is ready (schema version %2).
</source>
        <translation>Die Datenbank %1 ist bereit (Schemaversion %2).
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the database %1 (schema version %2).
</source>
        <translation>Die Datenbank %1 wurde angelegt (Schemaversion %2).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the sample bakery &quot;Rosie&apos;s Bakery&quot; with %1 contacts.
</source>
        <translation>Die Beispielbäckerei &quot;Rosie&apos;s Bakery&quot; mit %1 Kontakten wurde hinzugefügt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-61"/>
        <source>Usage: clientele-cli [--db PATH] COMMAND [ARGUMENTS]

Work with a Clientele customer database from the command line.

Commands:
  init [--sample bakery]   Create or update the database, optionally with the sample bakery
  contacts list            List the contacts
  contacts show ID         Show one contact
  contacts add             Add a person
  search QUERY             Search contacts by name, company, email, phone, tag or note
  check                    Check the database for damage
  import FILE              Import contacts or orders (csv, xlsx, ods, vcf) as one batch
  imports                  List past imports
  undo-import BATCH_ID     Revert an import
  duplicates               List contacts that may be the same customer
  merge KEEP_ID OTHER_ID   Merge a contact into another
  orders list              List the orders
  orders show ORDER        Show one order by id or number
  orders add               Add an order
  orders status ORDER S    Move an order to another status
  orders pay ORDER AMOUNT  Record a payment
  orders pdf ORDER         Save an order slip, quote or invoice as PDF
  products list            List the products
  products add             Add a product

Options:
  --db PATH      The database file; without it $CLIENTELE_DB, else
                 %1
  -h, --help     Show this help
  --version      Show the version

Run &apos;clientele-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 on success, 1 when the operation failed, 2 for a wrong command line.
</source>
        <translation>Aufruf: clientele-cli [--db PATH] COMMAND [ARGUMENTS]

Mit einer Clientele-Kundendatenbank auf der Kommandozeile arbeiten.

Befehle:
  init [--sample bakery]   Die Datenbank anlegen oder aktualisieren, wahlweise mit der Beispielbäckerei
  contacts list            Die Kontakte auflisten
  contacts show ID         Einen Kontakt anzeigen
  contacts add             Eine Person hinzufügen
  search QUERY             Kontakte nach Name, Firma, E-Mail, Telefon, Schlagwort oder Notiz durchsuchen
  check                    Die Datenbank auf Schäden prüfen
  import FILE              Kontakte oder Bestellungen (csv, xlsx, ods, vcf) in einem Durchgang importieren
  imports                  Bisherige Importe auflisten
  undo-import BATCH_ID     Einen Import rückgängig machen
  duplicates               Kontakte auflisten, die derselbe Kunde sein könnten
  merge KEEP_ID OTHER_ID   Einen Kontakt mit einem anderen zusammenführen
  orders list              Die Bestellungen auflisten
  orders show ORDER        Eine Bestellung nach ID oder Nummer anzeigen
  orders add               Eine Bestellung hinzufügen
  orders status ORDER S    Eine Bestellung in einen anderen Status versetzen
  orders pay ORDER AMOUNT  Eine Zahlung erfassen
  orders pdf ORDER         Einen Bestellschein, ein Angebot oder eine Rechnung als PDF speichern
  products list            Die Produkte auflisten
  products add             Ein Produkt hinzufügen

Optionen:
  --db PATH      Die Datenbankdatei; ohne Angabe $CLIENTELE_DB, sonst
                 %1
  -h, --help     Diese Hilfe anzeigen
  --version      Die Version anzeigen

Mit &apos;clientele-cli COMMAND --help&apos; sehen Sie die Optionen eines Befehls.
Exit-Status: 0 bei Erfolg, 1 wenn der Vorgang fehlgeschlagen ist, 2 bei fehlerhafter Befehlszeile.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>option &apos;--db&apos; needs a value (PATH)</source>
        <translation>Option &apos;--db&apos; braucht einen Wert (PATH)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-24"/>
        <source>Merge the contact OTHER_ID into KEEP_ID. Where both have a value, KEEP_ID&apos;s is kept;
empty fields of KEEP_ID are filled from OTHER_ID. Emails, phones, tags and custom
fields are united, and OTHER_ID&apos;s orders, activities, follow-ups and deals (for a
company: its people) move to KEEP_ID. OTHER_ID then goes to the trash.</source>
        <translation>Den Kontakt OTHER_ID mit KEEP_ID zusammenführen. Wo beide einen Wert haben, bleibt der von KEEP_ID;
leere Felder von KEEP_ID werden aus OTHER_ID ergänzt. E-Mail-Adressen, Telefonnummern, Schlagwörter
und benutzerdefinierte Felder werden vereinigt, und die Bestellungen, Aktivitäten, Wiedervorlagen und
Geschäfte von OTHER_ID (bei einer Firma: ihre Personen) gehen an KEEP_ID. OTHER_ID kommt danach
in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>merge needs two contact ids: KEEP_ID OTHER_ID</source>
        <translation>merge braucht zwei Kontakt-IDs: KEEP_ID OTHER_ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merged &quot;%1&quot; (%2) into &quot;%3&quot; (%4); %2 is now in the trash.
</source>
        <translation>&quot;%1&quot; (%2) wurde mit &quot;%3&quot; (%4) zusammengeführt; %2 liegt jetzt im Papierkorb.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders moved</source>
        <translation>Übertragene Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities moved</source>
        <translation>Übertragene Aktivitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups moved</source>
        <translation>Übertragene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals moved</source>
        <translation>Übertragene Geschäfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails, phones and websites moved</source>
        <translation>Übertragene E-Mails, Telefonnummern und Websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails, phones and websites already there</source>
        <translation>Bereits vorhandene E-Mails, Telefonnummern und Websites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags added</source>
        <translation>Hinzugefügte Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field values taken</source>
        <translation>Übernommene Werte benutzerdefinierter Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company members moved</source>
        <translation>Übertragene zugehörige Personen</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+62"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="-32"/>
        <source>Search names, companies, emails, phones, tags, notes and activities. Every word must match,
as the start of a word and ignoring accents: &quot;mull&quot; finds Müller. Several words may be
given without quotes.</source>
        <translation>Namen, Firmen, E-Mails, Telefonnummern, Schlagwörter, Notizen und Aktivitäten durchsuchen. Jedes Wort
muss als Wortanfang passen, Akzente werden ignoriert: &quot;mull&quot; findet Müller. Mehrere Wörter
können ohne Anführungszeichen angegeben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most N contacts (default %1)</source>
        <translation>Höchstens N Kontakte anzeigen (Vorgabe %1)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No contacts match &quot;%1&quot;.
</source>
        <translation>Keine Kontakte passen zu &quot;%1&quot;.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/cli/undoimportcommand.cpp" line="+28"/>
        <source>Revert a whole import: delete the contacts and orders it created and put back the
values it overwrote. &apos;imports&apos; lists the batch ids.</source>
        <translation>Einen ganzen Import rückgängig machen: die dabei angelegten Kontakte und Bestellungen löschen und
die überschriebenen Werte wiederherstellen. &apos;imports&apos; listet die Batch-IDs auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>BATCH_ID must be a positive whole number, not &apos;%1&apos;</source>
        <translation>BATCH_ID muss eine positive ganze Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import %1 (%2) undone: what it created is removed and what it changed is restored.
</source>
        <translation>Import %1 (%2) rückgängig gemacht: Was er angelegt hat, ist entfernt, und was er geändert hat, ist wiederhergestellt.
</translation>
    </message>
    <message>
        <location filename="../app/cli/orderlookup.cpp" line="+21"/>
        <source>ORDER is an order&apos;s id or its number: a whole number is taken as an id first, then as a
number; &apos;#1001&apos; is always the number 1001.</source>
        <translation>ORDER ist die ID oder die Nummer einer Bestellung: Eine ganze Zahl wird zuerst als ID, dann als
Nummer gelesen; &apos;#1001&apos; ist immer die Nummer 1001.</translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="-217"/>
        <source>List the orders (not those in the trash), newest first. Every match is printed unless
--limit is given. With --json, print an array with every detail of each order.</source>
        <translation>Die Bestellungen auflisten (ohne die im Papierkorb), die neueste zuerst. Jeder Treffer wird
ausgegeben, außer --limit ist angegeben. Mit --json ein Array mit allen Angaben jeder Bestellung ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only orders with this status (repeatable): %1</source>
        <translation>Nur Bestellungen mit diesem Status (mehrfach möglich): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders placed on or after this day (2026-05-14)</source>
        <translation>Nur Bestellungen, die an oder nach diesem Tag aufgegeben wurden (2026-05-14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders placed on or before this day</source>
        <translation>Nur Bestellungen, die an oder vor diesem Tag aufgegeben wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders of this contact</source>
        <translation>Nur Bestellungen dieses Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N orders</source>
        <translation>Höchstens N Bestellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show every detail of an order and its lines.</source>
        <translation>Alle Angaben einer Bestellung und ihrer Positionen anzeigen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add an order in the business currency and print it. Amounts are plain numbers with a point
and at most the currency&apos;s decimals (12.50); QTY may have up to three decimals (0.5);
TAX_RATE is a percentage (7, 19 or 7.5). Prices are taken with or without tax as the
business settings say. Nothing is stored when any value is wrong.</source>
        <translation>Eine Bestellung in der Währung des Geschäfts hinzufügen und ausgeben. Beträge sind einfache Zahlen mit
einem Punkt und höchstens so vielen Nachkommastellen, wie die Währung hat (12.50); QTY darf bis zu drei
Nachkommastellen haben (0.5); TAX_RATE ist ein Prozentsatz (7, 19 oder 7.5). Preise gelten mit oder ohne
Steuer, wie es die Geschäftseinstellungen vorsehen. Ist ein Wert falsch, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s contact id</source>
        <translation>Die Kontakt-ID des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup or delivery time: 2026-05-14T15:00 (local time) or 2026-05-14T13:00Z</source>
        <translation>Abhol- oder Lieferzeit: 2026-05-14T15:00 (Ortszeit) oder 2026-05-14T13:00Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order line &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot; (repeatable)</source>
        <translation>Eine Bestellposition &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot; (mehrfach möglich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deposit paid when ordering</source>
        <translation>Eine bei der Bestellung gezahlte Anzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a draft instead of a confirmed order</source>
        <translation>Als Entwurf statt als bestätigte Bestellung speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move an order to another status: %1. An order moves forward only;
collected, delivered and cancelled are final.</source>
        <translation>Eine Bestellung in einen anderen Status versetzen: %1. Eine Bestellung geht nur vorwärts;
collected, delivered und cancelled sind endgültig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record a payment in the order&apos;s currency and print the order. The amount is a plain
number (12.50) and may not take the paid amount above the total.</source>
        <translation>Eine Zahlung in der Währung der Bestellung erfassen und die Bestellung ausgeben. Der Betrag ist eine
einfache Zahl (12.50) und darf den bezahlten Betrag nicht über die Gesamtsumme heben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was paid: cash, card, transfer or other (the default)</source>
        <translation>Wie bezahlt wurde: cash (bar), card (Karte), transfer (Überweisung) oder other (sonstiges, Standard)</translation>
    </message>
    <message>
        <location filename="../app/cli/orderlookup.cpp" line="+6"/>
        <source>No order with id or number %1</source>
        <translation>Keine Bestellung mit der ID oder Nummer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No order with number %1</source>
        <translation>Keine Bestellung mit der Nummer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="+7"/>
        <source>Usage: clientele-cli orders COMMAND [ARGUMENTS]

Commands:
  list                  List the orders
  show ORDER            Show one order
  add                   Add an order
  status ORDER STATUS   Move an order to another status
  pay ORDER AMOUNT      Record a payment
  pdf ORDER             Save an order slip, quote or invoice as PDF

Run &apos;clientele-cli orders COMMAND --help&apos; for the options of a command.
</source>
        <translation>Aufruf: clientele-cli orders COMMAND [ARGUMENTS]

Befehle:
  list                  Die Bestellungen auflisten
  show ORDER            Eine Bestellung anzeigen
  add                   Eine Bestellung hinzufügen
  status ORDER STATUS   Eine Bestellung in einen anderen Status versetzen
  pay ORDER AMOUNT      Eine Zahlung erfassen
  pdf ORDER             Einen Bestellschein, ein Angebot oder eine Rechnung als PDF speichern

Mit &apos;clientele-cli orders COMMAND --help&apos; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+198"/>
        <source>unknown status &apos;%1&apos; (one of %2)</source>
        <translation>unbekannter Status &apos;%1&apos; (einer von %2)</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>&apos;%1&apos; is not a date such as 2026-05-14</source>
        <translation>&apos;%1&apos; ist kein Datum wie 2026-05-14</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation>&apos;%1&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No orders found.
</source>
        <translation>Keine Bestellungen gefunden.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/orderview.cpp" line="+2"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/orderview.cpp" line="-3"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/orderview.cpp" line="+2"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/orderview.cpp" line="+6"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]</source>
        <translation>&quot;%1&quot; hat nicht die Form DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quantity %1</source>
        <translation>Menge %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unit price %1</source>
        <translation>Stückpreis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tax rate %1</source>
        <translation>Steuersatz %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an order needs --contact ID</source>
        <translation>eine Bestellung braucht --contact ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an order needs at least one --line</source>
        <translation>eine Bestellung braucht mindestens ein --line</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a date and time such as 2026-05-14T15:00 or 2026-05-14T13:00Z</source>
        <translation>&apos;%1&apos; ist keine Datums- und Zeitangabe wie 2026-05-14T15:00 oder 2026-05-14T13:00Z</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Order %1 is now %2.
</source>
        <translation>Bestellung %1 ist jetzt %2.
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown payment method &apos;%1&apos; (one of cash, card, transfer, other)</source>
        <translation>unbekannte Zahlungsart &apos;%1&apos; (eine von cash, card, transfer, other)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>missing orders command (list, show, add, status, pay or pdf)</source>
        <translation>orders-Befehl fehlt (list, show, add, status, pay oder pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown orders command &apos;%1&apos;</source>
        <translation>unbekannter orders-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/orderview.cpp" line="-31"/>
        <source>%1 %2 %3 at %4</source>
        <translation>%1 %2 %3 zu je %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, less %1</source>
        <translation>, abzüglich %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, tax %1 %</source>
        <translation>, Steuer %1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (walk-in)</source>
        <translation>keiner (Laufkunde)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/productcommands.cpp" line="+1"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines:</source>
        <translation>Positionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/productcommands.cpp" line="-97"/>
        <source>List the products (not those in the trash), sorted by name.
With --json, print an array with every detail of each product.</source>
        <translation>Die Produkte auflisten (ohne die im Papierkorb), nach Namen sortiert.
Mit --json ein Array mit allen Angaben jedes Produkts ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include archived products</source>
        <translation>Archivierte Produkte einschließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a product in the business currency and print its id (with --json, the product).
PRICE is a plain number with at most the currency&apos;s decimals (4.50); RATE is a
percentage (7, 19 or 7.5) that order lines of the product take.</source>
        <translation>Ein Produkt in der Währung des Geschäfts hinzufügen und seine ID ausgeben (mit --json das Produkt).
PRICE ist eine einfache Zahl mit höchstens so vielen Nachkommastellen, wie die Währung hat (4.50);
RATE ist ein Prozentsatz (7, 19 oder 7.5), den Bestellpositionen des Produkts übernehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product&apos;s name</source>
        <translation>Der Name des Produkts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price of one unit</source>
        <translation>Der Preis einer Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tax rate in percent (default 0)</source>
        <translation>Der Steuersatz in Prozent (Standard 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit it is sold in (default pcs)</source>
        <translation>Die Einheit, in der es verkauft wird (Standard pcs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock-keeping unit or article number</source>
        <translation>Die Lagernummer oder Artikelnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category such as Bread</source>
        <translation>Eine Kategorie wie Brot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: clientele-cli products COMMAND [ARGUMENTS]

Commands:
  list       List the products
  add        Add a product

Run &apos;clientele-cli products COMMAND --help&apos; for the options of a command.
</source>
        <translation>Aufruf: clientele-cli products COMMAND [ARGUMENTS]

Befehle:
  list       Die Produkte auflisten
  add        Ein Produkt hinzufügen

Mit &apos;clientele-cli products COMMAND --help&apos; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No products yet.
</source>
        <translation>Noch keine Produkte.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a product needs --name NAME</source>
        <translation>ein Produkt braucht --name NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a product needs --price PRICE</source>
        <translation>ein Produkt braucht --price PRICE</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>missing products command (list or add)</source>
        <translation>products-Befehl fehlt (list oder add)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown products command &apos;%1&apos;</source>
        <translation>unbekannter products-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/orderpdfcommand.cpp" line="-10"/>
        <source>Save an order as a PDF: an order slip, or a quote while it is a draft. With --invoice,
issue the order&apos;s invoice when it has none (it gets the next invoice number, which is
never given again) and save it, or save the invoice it already has as it was issued.
ORDER may also be the number of an invoice or credit note, which is saved as issued.</source>
        <translation>Eine Bestellung als PDF speichern: einen Bestellschein, oder ein Angebot, solange sie ein Entwurf ist.
Mit --invoice die Rechnung der Bestellung ausstellen, wenn sie keine hat (sie erhält die nächste
Rechnungsnummer, die nie wieder vergeben wird), und speichern, oder ihre Rechnung so speichern, wie sie
ausgestellt wurde. ORDER kann auch die Nummer einer Rechnung oder Gutschrift sein, die wie ausgestellt
gespeichert wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF file to write</source>
        <translation>Die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue or reprint the order&apos;s invoice</source>
        <translation>Die Rechnung der Bestellung ausstellen oder erneut drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a4 or letter; without it the business setting, else the system locale&apos;s</source>
        <translation>a4 oder letter; ohne Angabe die Geschäftseinstellung, sonst die des Systemgebietsschemas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a PDF needs --output FILE</source>
        <translation>ein PDF braucht --output FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown paper size &apos;%1&apos; (a4 or letter)</source>
        <translation>unbekanntes Papierformat &apos;%1&apos; (a4 oder letter)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Issued invoice %1 for order %2.
</source>
        <translation>Rechnung %1 für Bestellung %2 ausgestellt.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 %2 to %3
</source>
        <translation>%1 %2 nach %3 geschrieben
</translation>
    </message>
</context>
<context>
    <name>ContactBrowser</name>
    <message>
        <location filename="../core/contacts/contactbrowser.cpp" line="+128"/>
        <source>The contact list could not be read: %1</source>
        <translation>Die Kontaktliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+48"/>
        <source>The list position does not fit this order.</source>
        <translation>Die Listenposition passt nicht zu dieser Sortierung.</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <location filename="../ui/contacts/contactcommands.cpp" line="+27"/>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restore “%1”</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restore %n contacts</source>
        <translation>
            <numerusform>%n Kontakt wiederherstellen</numerusform>
            <numerusform>%n Kontakte wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move “%1” to the trash</source>
        <translation>„%1“ in den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n contacts to the trash</source>
        <translation>
            <numerusform>%n Kontakt in den Papierkorb verschieben</numerusform>
            <numerusform>%n Kontakte in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add tag “%1” to 1 contact</source>
        <translation>Schlagwort „%1“ zu 1 Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag “%1” from 1 contact</source>
        <translation>Schlagwort „%1“ von 1 Kontakt entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %n Kontakt hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %n Kontakten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Kontakt entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Kontakten entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCsvExport</name>
    <message>
        <location filename="../core/contacts/contactcsvexport.cpp" line="+54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <location filename="../core/contacts/contactedits.cpp" line="+24"/>
        <location filename="../core/contacts/contacttrash.cpp" line="+98"/>
        <source>The contact could not be saved: %1</source>
        <translation>Der Kontakt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” no longer exists.</source>
        <translation>„%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>The company “%1” cannot be created again: its place is taken.</source>
        <translation>Die Firma „%1“ kann nicht erneut angelegt werden: Ihr Platz ist bereits belegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be created again: its place is taken.</source>
        <translation>„%1“ kann nicht erneut angelegt werden: Der Platz ist bereits belegt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“%1” has orders, notes, follow-ups, deals or members by now, so its creation can no longer be undone.</source>
        <translation>Zu „%1“ gibt es inzwischen Bestellungen, Notizen, Wiedervorlagen, Geschäfte oder zugehörige Personen, daher kann das Anlegen nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contacttrash.cpp" line="-58"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ContactInsights</name>
    <message>
        <location filename="../core/contacts/contactinsights.cpp" line="+25"/>
        <source>The customer&apos;s order figures could not be read</source>
        <translation>Die Bestellzahlen des Kunden konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact %1 does not exist.</source>
        <translation>Den Kontakt %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact could not be read.</source>
        <translation>Der Kontakt konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <location filename="../core/import/writing/contactmatcher.cpp" line="+75"/>
        <location line="+17"/>
        <location line="+39"/>
        <source>The existing contacts could not be read: %1</source>
        <translation>Die vorhandenen Kontakte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name and company</source>
        <translation>Name und Firma</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <location filename="../core/contacts/contactmerger.cpp" line="+48"/>
        <source>A contact cannot be merged with itself: choose two different contacts.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden: Wählen Sie zwei verschiedene Kontakte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is in the trash: restore it before merging.</source>
        <translation>„%1“ liegt im Papierkorb: Stellen Sie den Kontakt vor dem Zusammenführen wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a person and “%2” a company: only two people or two companies can be merged.</source>
        <translation>„%1“ ist eine Person und „%2“ eine Firma: Nur zwei Personen oder zwei Firmen lassen sich zusammenführen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The contacts could not be read for merging.</source>
        <translation>Die Kontakte konnten zum Zusammenführen nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The merge can no longer be undone: one of the two contacts was deleted for good.</source>
        <translation>Das Zusammenführen kann nicht mehr rückgängig gemacht werden: Einer der beiden Kontakte wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The merge can no longer be undone: the merged contact was restored or changed since.</source>
        <translation>Das Zusammenführen kann nicht mehr rückgängig gemacht werden: Der zusammengeführte Kontakt wurde seitdem wiederhergestellt oder geändert.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactmergerchoices.cpp" line="+43"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marketing consent</source>
        <translation>Einwilligung in Werbung</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactmergerrows.cpp" line="+62"/>
        <source>The contacts could not be merged: %1</source>
        <translation>Die Kontakte konnten nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../core/contacts/contactrepository.cpp" line="+24"/>
        <location filename="../core/contacts/contactrows.cpp" line="+19"/>
        <source>The contact could not be saved: %1</source>
        <translation>Der Kontakt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no contact with id %1.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The contact could not be read: %1</source>
        <translation>Der Kontakt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <location filename="../core/contacts/contactvalidation.cpp" line="+103"/>
        <source>A company needs a name.</source>
        <translation>Eine Firma braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactvalidation.cpp" line="+4"/>
        <source>A contact needs a first or last name.</source>
        <translation>Ein Kontakt braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birthday is not a valid date.</source>
        <translation>Der Geburtstag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The company (id %1) does not exist.</source>
        <translation>Die Firma (ID %1) gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact %1 is not a company.</source>
        <translation>Der Kontakt %1 ist keine Firma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact cannot belong to itself.</source>
        <translation>Ein Kontakt kann nicht zu sich selbst gehören.</translation>
    </message>
</context>
<context>
    <name>ContactRowMapper</name>
    <message>
        <location filename="../core/import/mapping/contactrowmapper.cpp" line="+197"/>
        <source>Row %1 has %2 cells but the header has %3: its values would be shifted into the wrong columns.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3: Ihre Werte würden in die falschen Spalten rutschen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 has %2 cells but the header has %3: the missing cells are read as empty.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3: Die fehlenden Zellen werden als leer gelesen.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Row %1: “%2” in %3 is not a figure; it was kept in the notes.</source>
        <translation>Zeile %1: „%2“ in %3 ist keine Zahl; der Wert wurde in die Notizen übernommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+262"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a valid e-mail address; it was left out.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist keine gültige E-Mail-Adresse und wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a phone number; it was left out.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist keine Telefonnummer und wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a date; the birthday was left empty.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist kein Datum; der Geburtstag bleibt leer.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Row %1: &quot;%2&quot; in column %3 is neither yes nor no; consent was left unknown.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist weder Ja noch Nein; die Einwilligung bleibt unbekannt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a date.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist kein Datum.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row %1: the birthday columns (%2) do not make a date; the birthday was left empty.</source>
        <translation>Zeile %1: Die Geburtstagsspalten (%2) ergeben kein Datum; der Geburtstag bleibt leer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Row %1 has no name, no e-mail address and no phone number.</source>
        <translation>Zeile %1 hat weder Namen noch E-Mail-Adresse noch Telefonnummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has no name: the contact is called &quot;%2&quot; after its e-mail address until a name is typed.</source>
        <translation>Zeile %1 hat keinen Namen: Der Kontakt heißt nach seiner E-Mail-Adresse „%2“, bis ein Name eingegeben wird.</translation>
    </message>
</context>
<context>
    <name>ContactSearch</name>
    <message>
        <location filename="../core/search/contactsearch.cpp" line="+58"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ContactTagging</name>
    <message>
        <location filename="../core/contacts/contacttagging.cpp" line="+23"/>
        <source>The tags could not be saved: %1</source>
        <translation>Die Schlagwörter konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag “%1” could not be created.</source>
        <translation>Das Schlagwort „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The tag “%1” no longer exists.</source>
        <translation>Das Schlagwort „%1“ gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <location filename="../core/contacts/contacttimeline.cpp" line="+71"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The timeline could not be read</source>
        <translation>Der Verlauf konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/import/readers/csvreader.cpp" line="+160"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The delimiter &quot;%1&quot; is not supported: use a comma, a semicolon, a tab or a pipe.</source>
        <translation>Das Trennzeichen „%1“ wird nicht unterstützt: Verwenden Sie Komma, Semikolon, Tabulator oder senkrechten Strich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoding &quot;%1&quot; is not supported: use utf-8, utf-16 or windows-1252.</source>
        <translation>Die Kodierung „%1“ wird nicht unterstützt: Verwenden Sie utf-8, utf-16 oder windows-1252.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Line %1 has bytes that are not valid %2 text, shown as �: if names look wrong, choose another encoding.</source>
        <translation>Zeile %1 enthält Bytes, die kein gültiger %2-Text sind, angezeigt als �: Wenn Namen falsch aussehen, wählen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record starting on line %1 is longer than %2 characters (is a quote left open?) and was not imported.</source>
        <translation>Der Datensatz ab Zeile %1 ist länger als %2 Zeichen (ist ein Anführungszeichen nicht geschlossen?) und wurde nicht importiert.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The quote opened on line %1 is never closed: the record starting on line %2 runs to the end of the file and was not imported.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen: Der Datensatz ab Zeile %2 reicht bis zum Dateiende und wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <location filename="../core/customfields/customfieldrepository.cpp" line="+22"/>
        <source>The custom field could not be saved: %1</source>
        <translation>Das benutzerdefinierte Feld konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not yes or no.</source>
        <translation>%1: „%2“ ist weder Ja noch Nein (yes oder no).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not one of the choices (%3).</source>
        <translation>%1: „%2“ ist keine der Auswahlmöglichkeiten (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+41"/>
        <source>A custom field needs a name.</source>
        <translation>Ein benutzerdefiniertes Feld braucht einen Namen.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A choice field needs at least one choice.</source>
        <translation>Ein Auswahlfeld braucht mindestens eine Auswahlmöglichkeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>There is already a field called %1.</source>
        <translation>Es gibt bereits ein Feld namens %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+21"/>
        <source>There is no custom field with id %1.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld mit der ID %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no custom field called %1.</source>
        <translation>Es gibt kein benutzerdefiniertes Feld namens %1.</translation>
    </message>
</context>
<context>
    <name>DashboardAnalytics</name>
    <message>
        <location filename="../core/analytics/dashboardanalytics.cpp" line="+25"/>
        <source>The dashboard figures could not be computed: %1</source>
        <translation>Die Kennzahlen der Übersicht konnten nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="+103"/>
        <location line="+87"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message numerus="yes">
        <location line="-71"/>
        <location line="+94"/>
        <source>%1: %2 from %n order(s)</source>
        <translation>
            <numerusform>%1: %2 aus %n Bestellung</numerusform>
            <numerusform>%1: %2 aus %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+44"/>
        <source>No orders in the last 12 months yet</source>
        <translation>Noch keine Bestellungen in den letzten 12 Monaten</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No customer orders in the last 12 months yet</source>
        <translation>Noch keine Kundenbestellungen in den letzten 12 Monaten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="+51"/>
        <source>The database could not be prepared (%1): %2</source>
        <translation>Die Datenbank konnte nicht vorbereitet werden (%1): %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 is already open in another Clientele window or program (process %2 on %3). Close it there first, or open this one read-only.</source>
        <translation>Die Datenbank %1 ist bereits in einem anderen Clientele-Fenster oder Programm geöffnet (Prozess %2 auf %3). Schließen Sie sie dort zuerst oder öffnen Sie sie hier schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lock file beside the database %1 could not be created; check that the folder is writable.</source>
        <translation>Die Sperrdatei neben der Datenbank %1 konnte nicht angelegt werden; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 could not be opened as a Clientele database: %2</source>
        <translation>Die Datei %1 konnte nicht als Clientele-Datenbank geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a Clientele database, or it is damaged.</source>
        <translation>Die Datei %1 ist keine Clientele-Datenbank oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 has schema version %2 but this Clientele needs %3; it cannot be opened read-only.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, diese Clientele-Version benötigt aber %3; schreibgeschützt kann sie nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../core/db/databasecheck.cpp" line="+21"/>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The foreign key check could not run: %1</source>
        <translation>Die Fremdschlüsselprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1 row %2 refers to missing %3</source>
        <translation>Tabelle %1, Zeile %2 verweist auf einen fehlenden Eintrag in %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (column %1)</source>
        <translation> (Spalte %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... and %1 more rows that refer to missing records</source>
        <translation>... und %1 weitere Zeilen, die auf fehlende Einträge verweisen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search index could not be read: %1</source>
        <translation>Der Suchindex konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search index has %1 entries but there are %2 contacts.</source>
        <translation>Der Suchindex hat %1 Einträge, es gibt aber %2 Kontakte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts are missing from the search index.</source>
        <translation>%1 Kontakte fehlen im Suchindex.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schema version is %1 but this Clientele expects %2.</source>
        <translation>Die Schemaversion ist %1, diese Clientele-Version erwartet aber %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/common/databaseopener.cpp" line="+30"/>
        <source>Database in use</source>
        <translation>Datenbank wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only lets you look things up while the other window keeps working; nothing can be changed until you open the file normally again.</source>
        <translation>Schreibgeschützt können Sie nachschlagen, während das andere Fenster weiterarbeitet; ändern lässt sich erst wieder etwas, wenn Sie die Datei normal öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Database from a newer Clientele</source>
        <translation>Datenbank aus einer neueren Clientele-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was saved by a newer version of Clientele and cannot be opened by this one.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Clientele-Version gespeichert und kann mit dieser nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer Clientele to open it. The file has not been changed.</source>
        <translation>Installieren Sie die neuere Clientele-Version, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Deal</name>
    <message>
        <location filename="../core/pipeline/deal.cpp" line="+34"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <location filename="../documents/documenthtml.cpp" line="+73"/>
        <source>Tax ID: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of issue</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels invoice</source>
        <translation>Storniert Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment due</source>
        <translation>Zahlbar bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Included tax %1 on %2</source>
        <translation>Enthaltene Steuer %1 auf %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax %1 on %2</source>
        <translation>Steuer %1 auf %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other tax</source>
        <translation>Sonstige Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank details</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location filename="../documents/documentprinter.cpp" line="+53"/>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/contacts/duplicatefinder.cpp" line="+57"/>
        <source>Duplicates could not be searched: %1</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>same email %1</source>
        <translation>gleiche E-Mail-Adresse %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same phone %1</source>
        <translation>gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>similar names at %1</source>
        <translation>ähnliche Namen bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar names in %1</source>
        <translation>ähnliche Namen in %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A contact cannot be a duplicate of itself.</source>
        <translation>Ein Kontakt kann kein Duplikat von sich selbst sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pair could not be marked as different: %1</source>
        <translation>Das Paar konnte nicht als verschieden markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/contacts/duplicatesdialog.cpp" line="+34"/>
        <source>The database could not be read: %1</source>
        <translation>Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FieldCombo</name>
    <message>
        <location filename="../ui/import/fieldcombo.cpp" line="+27"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line item</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/firstrun/firstrun.cpp" line="+23"/>
        <source>The sample bakery could not be set up: %1</source>
        <translation>Die Beispielbäckerei konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <location filename="../core/followups/followuprepository.cpp" line="+37"/>
        <source>Please enter what to follow up on.</source>
        <translation>Bitte geben Sie ein, worum es bei der Wiedervorlage geht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter when &quot;%1&quot; is due.</source>
        <translation>Bitte geben Sie ein, wann „%1“ fällig ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order of &quot;%1&quot; no longer exists.</source>
        <translation>Die Bestellung zu „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deal of &quot;%1&quot; no longer exists.</source>
        <translation>Das Geschäft zu „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is already done.</source>
        <translation>„%1“ ist bereits erledigt.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Please choose a time in the future to put &quot;%1&quot; off until.</source>
        <translation>Bitte wählen Sie einen Zeitpunkt in der Zukunft, bis zu dem „%1“ zurückgestellt werden soll.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+6"/>
        <location filename="../core/followups/followupstore.cpp" line="+176"/>
        <source>Follow-up %1 does not exist.</source>
        <translation>Die Wiedervorlage %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/followups/followupstore.cpp" line="-31"/>
        <location line="+16"/>
        <source>Could not save the follow-up &quot;%1&quot;</source>
        <translation>Die Wiedervorlage „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read follow-up %1</source>
        <translation>Die Wiedervorlage %1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <location filename="../core/import/importbatchrepository.cpp" line="+81"/>
        <source>The import history could not be read: %1</source>
        <translation>Der Importverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../core/import/importfields.cpp" line="+87"/>
        <source>Custom field: %1</source>
        <translation>Benutzerdefiniertes Feld: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second e-mail</source>
        <translation>Zweite E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street (second line)</source>
        <translation>Straße (zweite Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: day of the month</source>
        <translation>Geburtstag: Tag im Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: month</source>
        <translation>Geburtstag: Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: year</source>
        <translation>Geburtstag: Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail marketing consent</source>
        <translation>Einwilligung in E-Mail-Werbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the other system</source>
        <translation>ID im anderen System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>Telefon des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due or pickup date</source>
        <translation>Fällig oder Abholung am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../ui/import/filepage.cpp" line="+41"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../ui/import/importfiles.cpp" line="+21"/>
        <source>Spreadsheets and contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf)</source>
        <translation>Tabellen und Kontakte (*.csv *.txt *.tsv *.xlsx *.ods *.vcf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delimited text (CSV)</source>
        <translation>Text mit Trennzeichen (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument-Tabelle (.ods)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard address book (.vcf)</source>
        <translation>vCard-Adressbuch (.vcf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
</context>
<context>
    <name>ImportPresetRepository</name>
    <message>
        <location filename="../core/import/importpresetrepository.cpp" line="+35"/>
        <source>The import presets could not be saved or read: %1</source>
        <translation>Die Importvorlagen konnten nicht gespeichert oder gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A preset needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no import preset named &quot;%1&quot;.</source>
        <translation>Es gibt keine Importvorlage namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/import/importreport.cpp" line="+62"/>
        <location line="+8"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportSnapshot</name>
    <message>
        <location filename="../core/import/writing/importsnapshot.cpp" line="+65"/>
        <source>The contact could not be saved for undo: %1</source>
        <translation>Der Kontakt konnte für das Rückgängigmachen nicht gesichert werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contact %1 does not exist.</source>
        <translation>Den Kontakt %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../ui/import/importundo.cpp" line="+20"/>
        <location line="+35"/>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Undo the import of %1?</source>
        <translation>Den Import von %1 rückgängig machen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts and orders it created are deleted, and the contacts it changed get their earlier values back. Changes made since then to those records are lost.</source>
        <translation>Die dabei angelegten Kontakte und Bestellungen werden gelöscht, und die geänderten Kontakte erhalten ihre früheren Werte zurück. Änderungen, die Sie seitdem an diesen Einträgen vorgenommen haben, gehen verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/writing/contactinserter.cpp" line="+21"/>
        <source>The contact could not be saved: %1</source>
        <translation>Der Kontakt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The import could not be prepared: %1</source>
        <translation>Der Import konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/import/importsource.cpp" line="+47"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a vCard file: it holds contacts, not orders.</source>
        <translation>%1 ist eine vCard-Datei: Sie enthält Kontakte, keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file %1 has no rows to import.</source>
        <translation>Die Datei %1 enthält keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Row %1 repeats the header row (were two files pasted together?); it was skipped.</source>
        <translation>Zeile %1 wiederholt die Kopfzeile (wurden zwei Dateien aneinandergehängt?); sie wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/import/mapping/contentmapping.cpp" line="+112"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column &quot;%1&quot; was not imported (cells with data left out: %2). Map it to a field, a custom field or the notes to keep them.</source>
        <translation>Die Spalte „%1“ wurde nicht importiert (ausgelassene Zellen mit Daten: %2). Ordnen Sie sie einem Feld, einem benutzerdefinierten Feld oder den Notizen zu, um die Daten zu behalten.</translation>
    </message>
    <message>
        <location filename="../core/import/importer.cpp" line="+136"/>
        <source>No header row was found: the first row holds data, so every row was imported and the columns were matched by what they hold (e-mail addresses, phone numbers, names, dates).</source>
        <translation>Es wurde keine Kopfzeile gefunden: Die erste Zeile enthält Daten, daher wurden alle Zeilen importiert und die Spalten anhand ihres Inhalts zugeordnet (E-Mail-Adressen, Telefonnummern, Namen, Datumsangaben).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a field. Valid fields: %2</source>
        <translation>„%1“ ist kein Feld. Gültige Felder: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, or custom:NAME for a custom field</source>
        <translation>, oder custom:NAME für ein benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>Die Datei hat keine Spalte „%1“. Ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <location filename="../core/import/writing/importundo.cpp" line="+31"/>
        <source>Import %1 could not be undone: %2</source>
        <translation>Import %1 konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1 was already undone on %2.</source>
        <translation>Import %1 wurde bereits am %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1 did not finish, so there is nothing to undo.</source>
        <translation>Import %1 wurde nicht abgeschlossen, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../core/import/writing/importwriter.cpp" line="+34"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The import could not be started</source>
        <translation>Der Import konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>The existing contacts could not be read</source>
        <translation>Die vorhandenen Kontakte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The existing companies could not be read</source>
        <translation>Die vorhandenen Firmen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The existing orders could not be read</source>
        <translation>Die vorhandenen Bestellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import could not record its changes</source>
        <translation>Der Import konnte seine Änderungen nicht festhalten</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Possible duplicate of row %1 (same phone, another name): both were imported; Find Duplicates lists the pair.</source>
        <translation>Mögliches Duplikat von Zeile %1 (gleiche Telefonnummer, anderer Name): Beide wurden importiert; „Duplikate suchen“ zeigt das Paar an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate of contact %1 (same phone, another name): both are kept; Find Duplicates lists the pair.</source>
        <translation>Mögliches Duplikat von Kontakt %1 (gleiche Telefonnummer, anderer Name): Beide bleiben erhalten; „Duplikate suchen“ zeigt das Paar an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already in the book as contact %1 (same %2); skipped.</source>
        <translation>Bereits als Kontakt %1 im Buch (Übereinstimmung: %2); übersprungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Same person (same %1) as an earlier row, contact %2; nothing new to add.</source>
        <translation>Dieselbe Person (Übereinstimmung: %1) wie in einer früheren Zeile, Kontakt %2; nichts Neues hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the book as contact %1 (same %2); nothing new to add.</source>
        <translation>Bereits als Kontakt %1 im Buch (Übereinstimmung: %2); nichts Neues hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Same person (same %1) as an earlier row: merged into contact %2.</source>
        <translation>Dieselbe Person (Übereinstimmung: %1) wie in einer früheren Zeile: mit Kontakt %2 zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched contact %1 (same %2): overwritten with the file&apos;s values.</source>
        <translation>Passender Kontakt %1 (Übereinstimmung: %2): mit den Werten aus der Datei überschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched contact %1 (same %2): empty fields filled in.</source>
        <translation>Passender Kontakt %1 (Übereinstimmung: %2): leere Felder ergänzt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The customer could not be added (%1); the order is stored without a customer.</source>
        <translation>Der Kunde konnte nicht hinzugefügt werden (%1); die Bestellung wird ohne Kunden gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New customer: contact %1 (%2) was created for this order.</source>
        <translation>Neuer Kunde: Für diese Bestellung wurde Kontakt %1 (%2) angelegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 is already in the book; skipped.</source>
        <translation>Bestellung %1 ist bereits im Buch; übersprungen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+30"/>
        <source>The import could not be finished</source>
        <translation>Der Import konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <location filename="../core/invoices/invoicerepository.cpp" line="+56"/>
        <location line="+88"/>
        <source>Could not read the invoice</source>
        <translation>Die Rechnung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Order %1 is in the trash: restore it before invoicing it.</source>
        <translation>Die Bestellung %1 ist im Papierkorb: Stellen Sie sie wieder her, bevor Sie sie abrechnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is a draft: confirm it before invoicing it.</source>
        <translation>Die Bestellung %1 ist ein Entwurf: Bestätigen Sie sie, bevor Sie sie abrechnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is cancelled and cannot be invoiced.</source>
        <translation>Die Bestellung %1 ist storniert und kann nicht abgerechnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 already has the invoice %2: issue a credit note to correct it.</source>
        <translation>Die Bestellung %1 hat bereits die Rechnung %2: Stellen Sie eine Gutschrift aus, um sie zu berichtigen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a credit note: only an invoice can be credited.</source>
        <translation>%1 ist eine Gutschrift: Nur eine Rechnung kann gutgeschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The invoice %1 is already credited by %2.</source>
        <translation>Die Rechnung %1 ist bereits durch %2 gutgeschrieben.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not store the invoice %1</source>
        <translation>Die Rechnung %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoice with id %1</source>
        <translation>Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No invoice with number %1</source>
        <translation>Keine Rechnung mit der Nummer %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>Could not read the invoices</source>
        <translation>Die Rechnungen konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceCommand</name>
    <message>
        <location filename="../ui/orders/issueinvoicecommand.cpp" line="+24"/>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issue invoice %1</source>
        <translation>Rechnung %1 ausstellen</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../ui/contacts/mergecommand.cpp" line="+21"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message numerus="yes">
        <location filename="../core/contacts/contactmergerchoices.cpp" line="+139"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Geschäft</numerusform>
            <numerusform>%n Geschäfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n email(s), phone(s) or website(s)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse, Telefonnummer oder Website</numerusform>
            <numerusform>%n E-Mail-Adressen, Telefonnummern oder Websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort</numerusform>
            <numerusform>%n Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n custom field value(s)</source>
        <translation>
            <numerusform>%n Wert in benutzerdefinierten Feldern</numerusform>
            <numerusform>%n Werte in benutzerdefinierten Feldern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s) of the company</source>
        <translation>
            <numerusform>%n zugehörige Person der Firma</numerusform>
            <numerusform>%n zugehörige Personen der Firma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/db/migrator.cpp" line="+61"/>
        <source>Could not check schema version %1: %2</source>
        <translation>Schemaversion %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating the database to schema version %1 (%2) would leave a record in %3 pointing at one that does not exist, so nothing was changed.</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) würde in %3 einen Eintrag hinterlassen, der auf einen nicht vorhandenen verweist; deshalb wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The safety copy %1 could not be replaced, so the database was not updated.</source>
        <translation>Die Sicherheitskopie %1 konnte nicht ersetzt werden, daher wurde die Datenbank nicht aktualisiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A safety copy of the database could not be written to %1, so the database was not updated: %2</source>
        <translation>Eine Sicherheitskopie der Datenbank konnte nicht unter %1 gespeichert werden, daher wurde die Datenbank nicht aktualisiert: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read as a database: %1</source>
        <translation>Die Datei konnte nicht als Datenbank gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was made by a newer version of Clientele (schema version %1; this version understands up to %2). It was left untouched: please update Clientele.</source>
        <translation>Diese Datenbank wurde von einer neueren Clientele-Version erstellt (Schemaversion %1; diese Version versteht bis %2). Sie wurde nicht verändert: Bitte aktualisieren Sie Clientele.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Updating the database to schema version %1 (%2) failed, and nothing was changed: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Schemaversion %1 (%2) ist fehlgeschlagen, es wurde nichts verändert: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Could not record schema version %1: %2</source>
        <translation>Die Schemaversion %1 konnte nicht vermerkt werden: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/common/money.cpp" line="+185"/>
        <source>a number is missing</source>
        <translation>eine Zahl fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a plain number such as 12.50 (digits and a decimal point only: no thousands separators, comma, sign or exponent)</source>
        <translation>%1 ist keine einfache Zahl wie 12.50 (nur Ziffern und ein Dezimalpunkt: keine Tausendertrennzeichen, kein Komma, kein Vorzeichen, kein Exponent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a plain whole number such as 12 (digits only: no thousands separators, sign or exponent)</source>
        <translation>%1 ist keine einfache ganze Zahl wie 12 (nur Ziffern: keine Tausendertrennzeichen, kein Vorzeichen, kein Exponent)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be more than zero</source>
        <translation>%1 muss größer als null sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 is not a number such as %2</source>
        <translation>%1 ist keine Zahl wie %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <source>%1 has more decimals than allowed (%2)</source>
        <translation>%1 hat mehr Nachkommastellen als erlaubt (%2)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+27"/>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 hat mehr Nachkommastellen, als %2 erlaubt (%3)</translation>
    </message>
</context>
<context>
    <name>OdsSource</name>
    <message>
        <location filename="../core/import/readers/odsreader.cpp" line="+61"/>
        <source>The sheet “%1” in “%2” cannot be read: %3.</source>
        <translation>Das Tabellenblatt „%1“ in „%2“ kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is an OpenDocument file but not a spreadsheet (%2).</source>
        <translation>„%1“ ist eine OpenDocument-Datei, aber keine Tabelle (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an OpenDocument spreadsheet: it has no content.xml.</source>
        <translation>„%1“ ist keine OpenDocument-Tabelle: Sie enthält keine content.xml.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is a damaged OpenDocument spreadsheet: %2 (content.xml, XML line %3).</source>
        <translation>„%1“ ist eine beschädigte OpenDocument-Tabelle: %2 (content.xml, XML-Zeile %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet “%1” contains no sheets.</source>
        <translation>Die Tabelle „%1“ enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>The sheet “%1” in “%2” is damaged near row %3: %4.</source>
        <translation>Das Tabellenblatt „%1“ in „%2“ ist in der Nähe von Zeile %3 beschädigt: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside a row</source>
        <translation>die Datei endet mitten in einer Zeile</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../core/orders/order.cpp" line="+151"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collected</source>
        <translation>Abgeholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <location filename="../ui/orders/ordercommands.cpp" line="+22"/>
        <source>Make order %1 a draft</source>
        <translation>Auftrag %1 zum Entwurf machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm order %1</source>
        <translation>Auftrag %1 bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 ready</source>
        <translation>Auftrag %1 als fertig markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 collected</source>
        <translation>Auftrag %1 als abgeholt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 delivered</source>
        <translation>Auftrag %1 als geliefert markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order %1</source>
        <translation>Auftrag %1 stornieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order for “%1”</source>
        <translation>Neuer Auftrag für „%1“</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit order %1</source>
        <translation>Auftrag %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Refund of %1 on order %2</source>
        <translation>Erstattung von %1 für Auftrag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 on order %2</source>
        <translation>Zahlung von %1 für Auftrag %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move order %1 to the trash</source>
        <translation>Auftrag %1 in den Papierkorb verschieben</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <location filename="../core/invoices/orderdocument.cpp" line="+74"/>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order slip</source>
        <translation>Bestellschein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the customer</source>
        <translation>Der Kunde konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The stored document is damaged (unknown kind).</source>
        <translation>Das gespeicherte Dokument ist beschädigt (unbekannte Art).</translation>
    </message>
</context>
<context>
    <name>OrderNumbering</name>
    <message>
        <location filename="../core/orders/ordernumbering.cpp" line="+45"/>
        <source>Could not read the order numbers</source>
        <translation>Die Bestellnummern konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>The book has no number sequence for %1.</source>
        <translation>Das Buch hat keinen Nummernkreis für %1.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The next number must be 1 or more.</source>
        <translation>Die nächste Nummer muss 1 oder größer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number has between 0 and 12 digits.</source>
        <translation>Eine Nummer hat zwischen 0 und 12 Stellen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the order numbers</source>
        <translation>Die Bestellnummern konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An order number can only be taken inside a transaction.</source>
        <translation>Eine Bestellnummer kann nur innerhalb einer Transaktion vergeben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not take the next order number</source>
        <translation>Die nächste Bestellnummer konnte nicht vergeben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not check the order number</source>
        <translation>Die Bestellnummer konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next %1 numbers are all taken: please change the next number in the settings.</source>
        <translation>Die nächsten %1 Nummern sind alle vergeben: Bitte ändern Sie die nächste Nummer in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/orders/orderrepository.cpp" line="+73"/>
        <source>Could not read the product&apos;s tax rate</source>
        <translation>Der Steuersatz des Produkts konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1 is cancelled; it cannot become %2 again.</source>
        <translation>Bestellung %1 ist storniert; sie kann nicht wieder „%2“ werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is already %2; it cannot become %3.</source>
        <translation>Bestellung %1 ist bereits „%2“; sie kann nicht „%3“ werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is %2; an order moves forward only, so it cannot go back to %3.</source>
        <translation>Bestellung %1 ist „%2“; eine Bestellung geht nur vorwärts und kann daher nicht zurück zu „%3“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 needs a description or a product.</source>
        <translation>Position %1 braucht eine Beschreibung oder ein Produkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the quantity cannot be negative.</source>
        <translation>Position %1: Die Menge darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the price cannot be negative.</source>
        <translation>Position %1: Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the tax rate must be between 0 and 100 %.</source>
        <translation>Position %1: Der Steuersatz muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: the product no longer exists.</source>
        <translation>Position %1: Das Produkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount cannot be negative.</source>
        <translation>Der Rabatt darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tax cannot be negative.</source>
        <translation>Die Steuer darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit cannot be negative.</source>
        <translation>Die Anzahlung kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A due time needs a due date.</source>
        <translation>Eine Uhrzeit braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the address to deliver the order to.</source>
        <translation>Bitte geben Sie die Lieferadresse der Bestellung ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The deposit (%1) is more than the total (%2).</source>
        <translation>Die Anzahlung (%1) ist höher als der Gesamtbetrag (%2).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 has been paid, more than the new total (%2): record a refund first.</source>
        <translation>Es wurden %1 bezahlt, mehr als der neue Gesamtbetrag (%2): Erfassen Sie zuerst eine Erstattung.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Order %1 is now %2, so its move to %3 cannot be undone.</source>
        <translation>Auftrag %1 ist jetzt %2, daher kann der Wechsel zu %3 nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>The paid amount cannot be negative.</source>
        <translation>Der bezahlte Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The paid amount (%1) is more than the total (%2).</source>
        <translation>Der bezahlte Betrag (%1) ist höher als die Gesamtsumme (%2).</translation>
    </message>
    <message>
        <location filename="../core/orders/orderpayments.cpp" line="+76"/>
        <source>Could not save the payment</source>
        <translation>Die Zahlung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read payment %1</source>
        <translation>Zahlung %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1 does not exist.</source>
        <translation>Zahlung %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the payments of order %1</source>
        <translation>Die Zahlungen von Bestellung %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change payment %1</source>
        <translation>Zahlung %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not add up the payments of order %1</source>
        <translation>Die Zahlungen von Bestellung %1 konnten nicht summiert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That would refund more than was paid for order %1 (%2).</source>
        <translation>Damit würde mehr erstattet, als für Bestellung %1 bezahlt wurde (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment is more than the %1 still open on order %2.</source>
        <translation>Die Zahlung ist höher als die %1, die bei Bestellung %2 noch offen sind.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 is in the trash.</source>
        <translation>Bestellung %1 liegt im Papierkorb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is in %1 but order %2 is in %3.</source>
        <translation>Die Zahlung ist in %1, die Bestellung %2 aber in %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the amount paid.</source>
        <translation>Bitte geben Sie den bezahlten Betrag ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment is too large.</source>
        <translation>Die Zahlung ist zu hoch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment (%1) is more than the %2 still open on order %3.</source>
        <translation>Die Zahlung (%1) ist höher als die noch offenen %2 der Bestellung %3.</translation>
    </message>
    <message>
        <location filename="../core/orders/orderrepository.cpp" line="+150"/>
        <location line="+6"/>
        <location filename="../core/orders/orderstore.cpp" line="+158"/>
        <source>Order %1 does not exist.</source>
        <translation>Die Bestellung %1 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/orders/orderstore.cpp" line="-102"/>
        <source>Could not check the order number</source>
        <translation>Die Bestellnummer konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already an invoice number %1.</source>
        <translation>Es gibt bereits eine Rechnung mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an order number %1.</source>
        <translation>Es gibt bereits eine Bestellung mit der Nummer %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>Could not save order %1</source>
        <translation>Die Bestellung %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save the lines of order %1</source>
        <translation>Die Positionen der Bestellung %1 konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save line %1 of order %2</source>
        <translation>Position %1 der Bestellung %2 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read order %1</source>
        <translation>Die Bestellung %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not read the lines of order %1</source>
        <translation>Die Positionen der Bestellung %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/orders/orderqueries.cpp" line="+217"/>
        <source>Could not look up order %1</source>
        <translation>Bestellung %1 konnte nicht gesucht werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no order number %1.</source>
        <translation>Es gibt keine Bestellnummer %1.</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <location filename="../core/import/mapping/orderrowmapper.cpp" line="+174"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not an amount; it was read as 0.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist kein Betrag; er wurde als 0 gelesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1 has %2 cells but the header has %3: its values would be shifted into the wrong columns.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3: Ihre Werte würden in die falschen Spalten rutschen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 has %2 cells but the header has %3: the missing cells are read as empty.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile aber %3: Die fehlenden Zellen werden als leer gelesen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1 has no order number.</source>
        <translation>Zeile %1 hat keine Bestellnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 (order %2) has no order date.</source>
        <translation>Zeile %1 (Bestellung %2) hat kein Bestelldatum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+150"/>
        <location line="+40"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a date.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist kein Datum.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a quantity; it was read as 1.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist keine Menge; sie wurde als 1 gelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1: the amounts of order %2 are too large.</source>
        <translation>Zeile %1: Die Beträge von Bestellung %2 sind zu groß.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: the line total %2 is not quantity × price (%3).</source>
        <translation>Zeile %1: Die Positionssumme %2 ist nicht Menge × Preis (%3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order items</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1: the file&apos;s total %2 differs from the total of its lines, discount and tax (%3).</source>
        <translation>Bestellung %1: Die Gesamtsumme %2 in der Datei weicht von der Summe aus Positionen, Rabatt und Steuer (%3) ab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not an order status Clientele knows; the order is confirmed.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist kein Bestellstatus, den Clientele kennt; die Bestellung gilt als bestätigt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a payment status Clientele knows; the order is unpaid.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist kein Zahlungsstatus, den Clientele kennt; die Bestellung ist unbezahlt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a valid e-mail address; it was left out.</source>
        <translation>Zeile %1: „%2“ in Spalte %3 ist keine gültige E-Mail-Adresse und wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>OrderTotals</name>
    <message>
        <location filename="../core/orders/ordertotals.cpp" line="+27"/>
        <source>The order total is too large.</source>
        <translation>Der Gesamtbetrag der Bestellung ist zu groß.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line total is too large.</source>
        <translation>Die Summe der Positionen ist zu groß.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Line %1: the amount is too large.</source>
        <translation>Position %1: Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: a discount is between 0 and 100 %.</source>
        <translation>Position %1: Ein Rabatt liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the discount is more than the line&apos;s amount.</source>
        <translation>Position %1: Der Rabatt ist höher als der Betrag der Position.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The order&apos;s discount is between 0 and 100 %.</source>
        <translation>Der Rabatt der Bestellung liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The discount (%1) is more than the subtotal (%2).</source>
        <translation>Der Rabatt (%1) ist höher als die Zwischensumme (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: a tax rate is between 0 and 100 %.</source>
        <translation>Position %1: Ein Steuersatz liegt zwischen 0 und 100 %.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <location filename="../core/pipeline/pipelinestages.cpp" line="+43"/>
        <source>Please enter a name for the stage.</source>
        <translation>Bitte geben Sie einen Namen für die Phase ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a stage called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Phase namens „%1“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+62"/>
        <source>Could not save the stage &quot;%1&quot;</source>
        <translation>Die Phase „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The new order must list every stage exactly once.</source>
        <translation>Die neue Reihenfolge muss jede Phase genau einmal enthalten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not check the deals of the stage &quot;%1&quot;</source>
        <translation>Die Geschäfte der Phase „%1“ konnten nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The stage &quot;%1&quot; still has %n open deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>Die Phase „%1“ hat noch %n offenes Geschäft. Verschieben Sie es zuerst in eine andere Phase.</numerusform>
            <numerusform>Die Phase „%1“ hat noch %n offene Geschäfte. Verschieben Sie sie zuerst in eine andere Phase.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Could not remove the stage &quot;%1&quot;</source>
        <translation>Die Phase „%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../core/pipeline/dealstore.cpp" line="+77"/>
        <location line="+16"/>
        <source>Could not save the deal &quot;%1&quot;</source>
        <translation>Das Geschäft „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read deal %1</source>
        <translation>Das Geschäft %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/pipeline/pipelinerepository.cpp" line="+281"/>
        <location line="+35"/>
        <source>Deal %1 does not exist.</source>
        <translation>Das Geschäft %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read pipeline stage %1</source>
        <translation>Die Pipeline-Phase %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline stage %1 does not exist.</source>
        <translation>Die Pipeline-Phase %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not place the deal in its stage</source>
        <translation>Das Geschäft konnte nicht in seine Phase eingeordnet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the deals of the stage</source>
        <translation>Die Geschäfte der Phase konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not reorder the deals</source>
        <translation>Die Geschäfte konnten nicht neu angeordnet werden</translation>
    </message>
    <message>
        <location filename="../core/pipeline/pipelinerepository.cpp" line="-283"/>
        <source>Please enter a title for the deal.</source>
        <translation>Bitte geben Sie einen Titel für das Geschäft ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of &quot;%1&quot; cannot be negative.</source>
        <translation>Der Wert von „%1“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/pipeline/pipelinestages.cpp" line="-208"/>
        <source>The probability must be from 0 to 100 percent.</source>
        <translation>Die Wahrscheinlichkeit muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>Please say why &quot;%1&quot; was lost.</source>
        <translation>Bitte geben Sie an, warum das Geschäft „%1“ verloren ging.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+51"/>
        <source>The pipeline stage of &quot;%1&quot; no longer exists.</source>
        <translation>Die Pipeline-Phase von „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+163"/>
        <location line="+39"/>
        <source>There is no pipeline stage to put the deal in. Add a stage first.</source>
        <translation>Es gibt keine Pipeline-Phase, in die das Geschäft passt. Legen Sie zuerst eine Phase an.</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <location filename="../ui/products/productcommands.cpp" line="+23"/>
        <source>New product “%1”</source>
        <translation>Neues Produkt „%1“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Archive product “%1”</source>
        <translation>Produkt „%1“ archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back product “%1”</source>
        <translation>Produkt „%1“ wieder anbieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit product “%1”</source>
        <translation>Produkt „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../core/products/productrepository.cpp" line="+91"/>
        <source>Please enter a name for the product.</source>
        <translation>Bitte geben Sie einen Namen für das Produkt ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of &quot;%1&quot; cannot be negative.</source>
        <translation>Der Preis von „%1“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tax rate of &quot;%1&quot; must be between 0 and 100 %.</source>
        <translation>Der Steuersatz von „%1“ muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>Could not save the product &quot;%1&quot;</source>
        <translation>Das Produkt „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Could not read product %1</source>
        <translation>Das Produkt %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <location line="+6"/>
        <source>Product %1 does not exist.</source>
        <translation>Das Produkt %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <location filename="../core/followups/recurrence.cpp" line="+30"/>
        <source>The repeat rule is empty.</source>
        <translation>Die Wiederholungsregel ist leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The repeat rule &quot;%1&quot; is not understood: &quot;%2&quot; has no value.</source>
        <translation>Die Wiederholungsregel „%1“ ist nicht verständlich: „%2“ hat keinen Wert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-ups can repeat daily, weekly, monthly or yearly, not &quot;%1&quot;.</source>
        <translation>Wiedervorlagen können sich täglich, wöchentlich, monatlich oder jährlich wiederholen, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The repeat interval must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Der Wiederholungsabstand muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day of the month must be from 1 to 31, not &quot;%1&quot;.</source>
        <translation>Der Tag im Monat muss zwischen 1 und 31 liegen, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repeat rule &quot;%1&quot; is not supported: &quot;%2&quot;.</source>
        <translation>Die Wiederholungsregel „%1“ wird nicht unterstützt: „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repeat rule &quot;%1&quot; does not say how often (FREQ=...).</source>
        <translation>Die Wiederholungsregel „%1“ gibt nicht an, wie oft (FREQ=...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day of the month only applies to monthly or yearly repeats.</source>
        <translation>Ein Tag im Monat gilt nur für monatliche oder jährliche Wiederholungen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 days</source>
        <translation>Alle %1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 months</source>
        <translation>Alle %1 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 years</source>
        <translation>Alle %1 Jahre</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../core/common/repositorysupport.cpp" line="+53"/>
        <source>The currency &quot;%1&quot; is not a three-letter code such as EUR or USD.</source>
        <translation>Die Währung „%1“ ist kein dreistelliger Code wie EUR oder USD.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The chosen customer is in the trash. Restore them first.</source>
        <translation>Der gewählte Kunde liegt im Papierkorb. Stellen Sie ihn zuerst wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen customer does not exist (any more).</source>
        <translation>Den gewählten Kunden gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not look up the customer.</source>
        <translation>Der Kunde konnte nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not move the record to the trash</source>
        <translation>Der Eintrag konnte nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore the record</source>
        <translation>Der Eintrag konnte nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>RowSource</name>
    <message>
        <location filename="../core/import/readers/rowsource.cpp" line="+91"/>
        <source>The workbook %1 is password-protected, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear the password), save it, and import it again.</source>
        <translation>Die Arbeitsmappe %1 ist mit einem Kennwort geschützt und kann daher nicht gelesen werden. Öffnen Sie sie in Excel, entfernen Sie das Kennwort (Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln, dann das Kennwort löschen), speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is an Office document of an older kind, not a spreadsheet or a text file. Export the customers from the program that made it as CSV or .xlsx, then import that file.</source>
        <translation>Die Datei %1 ist ein älteres Office-Dokument, aber weder eine Tabelle noch eine Textdatei. Exportieren Sie die Kunden aus dem Programm, mit dem sie erstellt wurde, als CSV oder .xlsx und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is an Excel 97–2003 workbook (.xls), which cannot be read: open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that file.</source>
        <translation>Die Datei %1 ist eine Excel-97–2003-Arbeitsmappe (.xls), die nicht gelesen werden kann: Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie als .xlsx oder CSV und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 is a vCard file: it holds contact cards, not rows, and is read as vCard.</source>
        <translation>Die Datei %1 ist eine vCard-Datei: Sie enthält Kontaktkarten statt Zeilen und wird als vCard gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The format &quot;%1&quot; is not supported: use csv, xlsx, ods or vcf.</source>
        <translation>Das Format „%1“ wird nicht unterstützt: Verwenden Sie csv, xlsx, ods oder vcf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is a compressed (zip) file, not delimited text: unpack it, or import a workbook as xlsx or ods.</source>
        <translation>Die Datei %1 ist eine komprimierte Datei (ZIP), kein Text mit Trennzeichen: Entpacken Sie sie oder importieren Sie eine Arbeitsmappe als xlsx oder ods.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <location filename="../core/import/readers/spreadsheetreader.cpp" line="+17"/>
        <source>“%1” cannot be read as a spreadsheet of format “%2”: only xlsx and ods are spreadsheets.</source>
        <translation>„%1“ kann nicht als Tabelle im Format „%2“ gelesen werden: Nur xlsx und ods sind Tabellen.</translation>
    </message>
    <message>
        <location filename="../core/import/readers/xlsxworkbook.cpp" line="+147"/>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be read as a spreadsheet: it is not a valid zip archive (the file may be damaged or of another kind).</source>
        <translation>„%1“ kann nicht als Tabelle gelesen werden: Es ist kein gültiges ZIP-Archiv (die Datei ist vielleicht beschädigt oder von anderer Art).</translation>
    </message>
</context>
<context>
    <name>TimelineFormat</name>
    <message>
        <location filename="../ui/contacts/contactdetailfields.cpp" line="+104"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+141"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+4"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/timelineformat.cpp" line="-2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>relative day, time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/db/transaction.cpp" line="+62"/>
        <source>Could not start a database transaction: %1</source>
        <translation>Eine Datenbanktransaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the changes: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <location filename="../core/import/mapping/vcardcontact.cpp" line="+218"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card on line %1: &quot;%2&quot; is not a valid e-mail address; it was left out.</source>
        <translation>Karte in Zeile %1: „%2“ ist keine gültige E-Mail-Adresse und wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Card on line %1: &quot;%2&quot; is not a phone number; it was left out.</source>
        <translation>Karte in Zeile %1: „%2“ ist keine Telefonnummer und wurde weggelassen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Card on line %1: &quot;%2&quot; is not a date; the birthday was left empty.</source>
        <translation>Karte in Zeile %1: „%2“ ist kein Datum; der Geburtstag bleibt leer.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The card on line %1 has no name, e-mail address or phone number.</source>
        <translation>Die Karte in Zeile %1 hat weder Namen noch E-Mail-Adresse noch Telefonnummer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card on line %1 has no name: the contact is called &quot;%2&quot; after its e-mail address until a name is typed.</source>
        <translation>Die Karte in Zeile %1 hat keinen Namen: Der Kontakt heißt nach seiner E-Mail-Adresse „%2“, bis ein Name eingegeben wird.</translation>
    </message>
    <message>
        <location filename="../core/import/readers/vcardreader.cpp" line="+244"/>
        <source>The vCard file “%1” cannot be read: %2.</source>
        <translation>Die vCard-Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown encoding “%1” for “%2”: use auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation>Unbekannte Kodierung „%1“ für „%2“: Verwenden Sie auto, utf-8, utf-16, utf-16le, utf-16be oder windows-1252.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a vCard file: it has no BEGIN:VCARD line near its start.</source>
        <translation>„%1“ ist keine vCard-Datei: Am Anfang steht keine BEGIN:VCARD-Zeile.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file contains no vCard: there is no BEGIN:VCARD line.</source>
        <translation>Die Datei enthält keine vCard: Es gibt keine BEGIN:VCARD-Zeile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1 is not inside a vCard (BEGIN:VCARD … END:VCARD); it was ignored.</source>
        <translation>Zeile %1 liegt nicht innerhalb einer vCard (BEGIN:VCARD … END:VCARD) und wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card on line %1 has no END:VCARD: the file ends inside it (it may be cut short); what it holds was read.</source>
        <translation>Die Karte in Zeile %1 hat kein END:VCARD: Die Datei endet mitten in ihr (sie ist vielleicht abgeschnitten); ihr Inhalt wurde gelesen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The card on line %1 has no END:VCARD before the next card on line %2; what it holds was read.</source>
        <translation>Die Karte in Zeile %1 hat vor der nächsten Karte in Zeile %2 kein END:VCARD; ihr Inhalt wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <location filename="../core/import/readers/xlsxworkbook.cpp" line="+22"/>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>„%1“ hat kein Tabellenblatt namens „%2“. Vorhandene Tabellenblätter: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not an Excel workbook: it has no %2.</source>
        <translation>„%1“ ist keine Excel-Arbeitsmappe: Es fehlt %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is a damaged Excel workbook: %2 (in %3, XML line %4).</source>
        <translation>„%1“ ist eine beschädigte Excel-Arbeitsmappe: %2 (in %3, XML-Zeile %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” contains no sheets.</source>
        <translation>Die Arbeitsmappe „%1“ enthält keine Tabellenblätter.</translation>
    </message>
    <message>
        <location filename="../core/import/readers/xlsxreader.cpp" line="+28"/>
        <source>The sheet “%1” is missing from “%2” (%3).</source>
        <translation>Das Tabellenblatt „%1“ fehlt in „%2“ (%3).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the sheet ends inside a row</source>
        <translation>das Tabellenblatt endet mitten in einer Zeile</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The sheet “%1” in “%2” is damaged near row %3: %4.</source>
        <translation>Das Tabellenblatt „%1“ in „%2“ ist in der Nähe von Zeile %3 beschädigt: %4.</translation>
    </message>
</context>
<context>
    <name>clientele::BirthdayEdit</name>
    <message>
        <location filename="../ui/contacts/birthdayedit.cpp" line="+16"/>
        <source>Year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday day</source>
        <translation>Tag des Geburtstags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birthday year</source>
        <translation>Geburtsjahr</translation>
    </message>
</context>
<context>
    <name>clientele::BusinessProfileDialog</name>
    <message>
        <location filename="../ui/settings/businessprofiledialog.cpp" line="+44"/>
        <source>Business Profile</source>
        <translation>Geschäftsprofil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Business name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on order slips, quotes and invoices. Invoices already issued keep the profile they were issued with.</source>
        <translation>Wird auf Bestellscheine, Angebote und Rechnungen gedruckt. Bereits ausgestellte Rechnungen behalten das Profil, mit dem sie ausgestellt wurden.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a Logo</source>
        <translation>Ein Logo auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
</context>
<context>
    <name>clientele::CompanyPicker</name>
    <message>
        <location filename="../ui/contacts/companypicker.cpp" line="+21"/>
        <source>Type to find or create a company</source>
        <translation>Tippen, um eine Firma zu finden oder anzulegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Create company “%1”</source>
        <translation>Firma „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no company called “%1”: pick one from the list or tick “Create company”.</source>
        <translation>Es gibt keine Firma namens „%1“: Wählen Sie eine aus der Liste oder setzen Sie das Häkchen bei „Firma anlegen“.</translation>
    </message>
</context>
<context>
    <name>clientele::ContactColumns</name>
    <message>
        <location filename="../ui/contacts/contactcolumns.cpp" line="+59"/>
        <source>Sort names by last name</source>
        <translation>Namen nach Nachnamen sortieren</translation>
    </message>
</context>
<context>
    <name>clientele::ContactDetailView</name>
    <message>
        <location filename="../ui/contacts/contactdetailview.cpp" line="+112"/>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifetime value</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average order</source>
        <translation>Mittlerer Bestellwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual interval</source>
        <translation>Üblicher Abstand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a contact to see their details.</source>
        <translation>Wählen Sie einen Kontakt aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This contact does not exist any more. It may have been deleted for good.</source>
        <translation>Diesen Kontakt gibt es nicht mehr. Vielleicht wurde er endgültig gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetailfields.cpp" line="+15"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+54"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>birthday today</source>
        <translation>heute Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Never asked</source>
        <translation>Nie gefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>+ %n order(s) in other currencies</source>
        <translation>
            <numerusform>+ %n Bestellung in anderer Währung</numerusform>
            <numerusform>+ %n Bestellungen in anderen Währungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>between orders</source>
        <translation>zwischen Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs two orders</source>
        <translation>braucht zwei Bestellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next follow-up: %1 · %2</source>
        <translation>Nächste Wiedervorlage: %1 · %2</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Email marketing</source>
        <translation>E-Mail-Werbung</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>clientele::ContactEditActions</name>
    <message>
        <location filename="../ui/contacts/contacteditactions.cpp" line="+30"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &amp;Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Tag…</source>
        <translation>Schlagwort &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Tag…</source>
        <translation>Schlagwort ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person or a company to the customer book</source>
        <translation>Eine Person oder eine Firma zum Kundenbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected contact</source>
        <translation>Den ausgewählten Kontakt ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected contacts to the trash, from where they can be restored</source>
        <translation>Die ausgewählten Kontakte in den Papierkorb verschieben, aus dem sie sich wiederherstellen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected contacts back from the trash</source>
        <translation>Die ausgewählten Kontakte aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected contacts for good</source>
        <translation>Die ausgewählten Kontakte endgültig löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected contacts</source>
        <translation>Den ausgewählten Kontakten ein Schlagwort geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag from the selected contacts</source>
        <translation>Ein Schlagwort von den ausgewählten Kontakten entfernen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Delete “%1” permanently?</source>
        <translation>„%1“ endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contacts permanently?</source>
        <translation>
            <numerusform>%n Kontakt endgültig löschen?</numerusform>
            <numerusform>%n Kontakte endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. Their notes, calls and follow-ups are deleted too; their orders stay, without a customer.</source>
        <translation>Das kann nicht rückgängig gemacht werden. Die zugehörigen Notizen, Anrufe und Wiedervorlagen werden ebenfalls gelöscht; die Bestellungen bleiben erhalten, aber ohne Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add tags “%1”</source>
        <translation>Schlagwörter „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tags “%1”</source>
        <translation>Schlagwörter „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>clientele::ContactEditDialog</name>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="+84"/>
        <source>“%1” is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The phone number “%1” is not recognised.</source>
        <translation>Die Telefonnummer „%1“ wird nicht erkannt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contact</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed to marketing emails</source>
        <translation>Mit E-Mail-Werbung einverstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined marketing emails</source>
        <translation>E-Mail-Werbung abgelehnt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaching them</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails:</source>
        <translation>E-Mails:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones:</source>
        <translation>Telefonnummern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>Post&amp;leitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>S&amp;chlagwörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketing:</source>
        <translation>E-&amp;Mail-Werbung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>contact form</source>
        <translation>Kontaktformular</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no %1 %2.</source>
        <translation>Den %2. %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>clientele::ContactFilterBar</name>
    <message>
        <location filename="../ui/contacts/contactfilterbar.cpp" line="+21"/>
        <source>Open follow-up</source>
        <translation>Offene Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order in</source>
        <translation>Keine Bestellung seit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Birthday in the next %n day(s)</source>
        <translation>
            <numerusform>Geburtstag innerhalb von %n Tag</numerusform>
            <numerusform>Geburtstag in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any company</source>
        <translation>Alle Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company filter</source>
        <translation>Firmenfilter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without an order</source>
        <translation>Tage ohne Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the contacts moved to the trash, to restore or delete them for good</source>
        <translation>Die in den Papierkorb verschobenen Kontakte anzeigen, um sie wiederherzustellen oder endgültig zu löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>clientele::ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="+280"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>clientele::ContactTimelineView</name>
    <message>
        <location filename="../ui/contacts/contacttimelineview.cpp" line="+96"/>
        <source>Show older entries</source>
        <translation>Ältere Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here yet. Notes, calls, visits, orders, follow-ups and deals with this customer will show up here.</source>
        <translation>Hier ist noch nichts. Notizen, Anrufe, Besuche, Bestellungen, Wiedervorlagen und Geschäfte mit diesem Kunden erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>clientele::ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="+35"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Selection as CSV…</source>
        <translation>Auswahl als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search names, companies, emails, phones, tags and notes</source>
        <translation>Namen, Firmen, E-Mails, Telefonnummern, Schlagwörter und Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Write the selected contacts to a CSV file</source>
        <translation>Die ausgewählten Kontakte in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact actions</source>
        <translation>Kontaktaktionen</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+6"/>
        <source>Export Selection as CSV</source>
        <translation>Auswahl als CSV exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>contacts.csv</source>
        <translation>kontakte.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln Kontakt nach %1 exportiert</numerusform>
            <numerusform>%Ln Kontakte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %L1 contacts (counting…)</source>
        <translation>Mehr als %L1 Kontakte (wird gezählt…)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s) in the trash</source>
        <translation>
            <numerusform>%Ln Kontakt im Papierkorb</numerusform>
            <numerusform>%Ln Kontakte im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln passender Kontakt</numerusform>
            <numerusform>%Ln passende Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contacts match “%1”.
Check the spelling, try the first letters of a name, or clear the filters.</source>
        <translation>Keine Kontakte passen zu „%1“.
Prüfen Sie die Schreibweise, versuchen Sie es mit den ersten Buchstaben eines Namens oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trash is empty.
Contacts you delete wait here until you restore them or delete them for good.</source>
        <translation>Der Papierkorb ist leer.
Gelöschte Kontakte warten hier, bis Sie sie wiederherstellen oder endgültig löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts match these filters.
Untick a filter to see more.</source>
        <translation>Keine Kontakte passen zu diesen Filtern.
Entfernen Sie ein Häkchen, um mehr zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet.
Add your first customer with New Contact, or bring your list in with File &gt; Import.</source>
        <translation>Noch keine Kontakte.
Legen Sie Ihren ersten Kunden mit „Neuer Kontakt“ an oder übernehmen Sie Ihre Liste mit Datei &gt; Importieren.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomFieldEditors</name>
    <message>
        <location filename="../ui/contacts/customfieldeditors.cpp" line="+42"/>
        <source>None</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>clientele::CustomFieldsDialog</name>
    <message>
        <location filename="../ui/settings/customfieldsdialog.cpp" line="+27"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/No</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice list</source>
        <translation>Auswahlliste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Field</source>
        <translation>Feld &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice per line</source>
        <translation>Eine Auswahlmöglichkeit pro Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Auswahlmöglichkeiten:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own fields for contacts, such as “Allergies” or “Favourite cake”.</source>
        <translation>Eigene Felder für Kontakte, etwa „Allergien“ oder „Lieblingskuchen“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Custom Field</source>
        <translation>Benutzerdefiniertes Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new field:</source>
        <translation>Name des neuen Felds:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A choice list needs at least one choice.</source>
        <translation>Eine Auswahlliste braucht mindestens eine Auswahlmöglichkeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts have a value for “%2”. Values that do not fit the new type stay as they are but will be refused when those contacts are next saved. Change the type?</source>
        <translation>%1 Kontakte haben einen Wert für „%2“. Werte, die nicht zum neuen Typ passen, bleiben erhalten, werden aber beim nächsten Speichern dieser Kontakte abgelehnt. Typ ändern?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No contact has a value for it.</source>
        <translation>Kein Kontakt hat einen Wert dafür.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stored value will be lost.</source>
        <translation>1 gespeicherter Wert geht verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stored values will be lost.</source>
        <translation>%1 gespeicherte Werte gehen verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Custom Field</source>
        <translation>Benutzerdefiniertes Feld löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the field “%1”?</source>
        <translation>Das Feld „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerPicker</name>
    <message>
        <location filename="../ui/orders/customerpicker.cpp" line="+38"/>
        <source>Type a name, e-mail or phone; empty for a walk-in sale</source>
        <translation>Name, E-Mail oder Telefon eingeben; leer für einen Barverkauf</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not a customer in this book: pick one from the list, or leave the field empty for a walk-in sale.</source>
        <translation>„%1“ ist kein Kunde in dieser Kartei: Wählen Sie einen aus der Liste, oder lassen Sie das Feld für einen Barverkauf leer.</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/dashboardview.cpp" line="+48"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue this month</source>
        <translation>Umsatz diesen Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline, weighted</source>
        <translation>Pipeline, gewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays in the next 30 days</source>
        <translation>Geburtstage in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revenue per month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders per weekday</source>
        <translation>Bestellungen pro Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 customers</source>
        <translation>Die 10 besten Kunden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Last 12 months, as of %1 at %2</source>
        <translation>Letzte 12 Monate, Stand %1 um %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>▲ %1% vs. last month (%2)</source>
        <translation>▲ %1 % ggü. Vormonat (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ %1% vs. last month (%2)</source>
        <translation>▼ %1 % ggü. Vormonat (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last month: %1</source>
        <translation>Vormonat: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln heute fällig</numerusform>
            <numerusform>%Ln heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln offenes Geschäft</numerusform>
            <numerusform>%Ln offene Geschäfte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MMM d</source>
        <comment>a day of this year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: %1 (%2)</source>
        <translation>Als Nächstes: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>None coming up</source>
        <translation>Keine in Sicht</translation>
    </message>
</context>
<context>
    <name>clientele::DealCardDelegate</name>
    <message>
        <location filename="../ui/pipeline/dealcarddelegate.cpp" line="+81"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>clientele::DuplicateActions</name>
    <message>
        <location filename="../ui/contacts/duplicateactions.cpp" line="+22"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List contacts that may be the same customer: same email, phone or a similar name</source>
        <translation>Kontakte auflisten, die derselbe Kunde sein könnten: gleiche E-Mail-Adresse, Telefonnummer oder ein ähnlicher Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two selected contacts into one</source>
        <translation>Die zwei ausgewählten Kontakte zu einem zusammenführen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>clientele::DuplicatesDialog</name>
    <message>
        <location filename="../ui/contacts/duplicatesdialog.cpp" line="+20"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Keine Duplikate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Duplicates</source>
        <translation>Duplikate suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for duplicates</source>
        <translation>Duplikate werden gesucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge the two contacts of the selected pair</source>
        <translation>Die beiden Kontakte des ausgewählten Paars zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are different people: stop suggesting this pair</source>
        <translation>Das sind verschiedene Personen: dieses Paar nicht mehr vorschlagen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Looking for contacts with the same email, phone or a very similar name…</source>
        <translation>Kontakte mit gleicher E-Mail-Adresse, Telefonnummer oder sehr ähnlichem Namen werden gesucht…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>same email (%1)</source>
        <translation>gleiche E-Mail-Adresse (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same phone (%1)</source>
        <translation>gleiche Telefonnummer (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>similar name, both at %1</source>
        <translation>ähnlicher Name, beide bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, both in %1</source>
        <translation>ähnlicher Name, beide in %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No likely duplicates found.</source>
        <translation>Keine wahrscheinlichen Duplikate gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) of contacts may be the same customer.</source>
        <translation>
            <numerusform>%n Kontaktpaar könnte derselbe Kunde sein.</numerusform>
            <numerusform>%n Kontaktpaare könnten jeweils derselbe Kunde sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::FieldCombo</name>
    <message>
        <location filename="../ui/import/fieldcombo.cpp" line="+44"/>
        <location line="+42"/>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Custom field…</source>
        <translation>Benutzerdefiniertes Feld…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this column in a custom field of its own</source>
        <translation>Diese Spalte in einem eigenen benutzerdefinierten Feld behalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This column is not imported</source>
        <translation>Diese Spalte wird nicht importiert</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Custom Field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the custom field this column goes to:</source>
        <translation>Name des benutzerdefinierten Felds für diese Spalte:</translation>
    </message>
</context>
<context>
    <name>clientele::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrun/firstrundialog.cpp" line="+51"/>
        <location line="+5"/>
        <source>Welcome to Clientele</source>
        <translation>Willkommen bei Clientele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your customers, their orders, what to follow up and the deals in the works, all in one place. How would you like to begin?</source>
        <translation>Ihre Kunden, ihre Bestellungen, was nachzufassen ist und die laufenden Geschäfte – alles an einem Ort. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new, empty customer book, ready for your first contact or an import.</source>
        <translation>Ein neues, leeres Kundenbuch, bereit für Ihren ersten Kontakt oder einen Import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sample bakery</source>
        <translation>Beispielbäckerei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look around Rosie&apos;s Bakery first: about 200 customers, 1,500 orders, follow-ups and deals. You can start your own book later with File › New Database.</source>
        <translation>Schauen Sie sich zuerst in Rosie’s Bakery um: rund 200 Kunden, 1.500 Bestellungen, Wiedervorlagen und Geschäfte. Ihr eigenes Kundenbuch legen Sie später mit Datei › Neue Datenbank an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing database file…</source>
        <translation>Vorhandene Datenbankdatei öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data is saved on this computer in %1</source>
        <translation>Ihre Daten werden auf diesem Computer gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>clientele::FollowUpsView</name>
    <message>
        <location filename="../ui/followups/followupsview.cpp" line="+27"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done recently</source>
        <translation>Kürzlich erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln heute fällig</numerusform>
            <numerusform>%Ln heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln upcoming</source>
        <translation>
            <numerusform>%Ln demnächst</numerusform>
            <numerusform>%Ln demnächst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(snoozed)</source>
        <translation>(zurückgestellt)</translation>
    </message>
</context>
<context>
    <name>clientele::GlobalSearch</name>
    <message>
        <location filename="../ui/mainwindow/globalsearch.cpp" line="+23"/>
        <source>Search contacts, emails, phones, notes…  (Ctrl+K)</source>
        <translation>Kontakte, E-Mails, Telefon, Notizen suchen…  (Strg+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No contact matches “%1”</source>
        <translation>Kein Kontakt passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>clientele::ImportFilePage</name>
    <message>
        <location filename="../ui/import/filepage.cpp" line="+15"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts: customers, people, companies</source>
        <translation>&amp;Kontakte: Kunden, Personen, Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rders: an order or sales export</source>
        <translation>&amp;Bestellungen: ein Bestell- oder Verkaufsexport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer list from a shop system, a spreadsheet or an address book. You can also drop the file on this window.</source>
        <translation>Eine Kundenliste aus einem Shopsystem, eine Tabelle oder ein Adressbuch. Sie können die Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds</source>
        <translation>Die Datei enthält</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it is read</source>
        <translation>So wird sie gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For&amp;mat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>K&amp;odierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>T&amp;rennzeichen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first rows as read:</source>
        <translation>Die ersten Zeilen, wie sie gelesen werden:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1-separated</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet “%1”</source>
        <translation>Tabellenblatt „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 or more records</source>
        <translation>%L1 oder mehr Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1 · %2</source>
        <translation>Gelesen als %1 · %2</translation>
    </message>
</context>
<context>
    <name>clientele::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/import/importhistorydialog.cpp" line="+49"/>
        <source>Nothing has been imported into this customer book yet.</source>
        <translation>In dieses Kundenbuch wurde noch nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Did not finish</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>clientele::ImportIssueModel</name>
    <message>
        <location filename="../ui/import/issuemodel.cpp" line="+24"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (duplicate)</source>
        <translation>Übersprungen (Duplikat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>clientele::ImportMappingPage</name>
    <message>
        <location filename="../ui/import/mappingpage.cpp" line="+57"/>
        <source>&amp;Save Mapping as Preset…</source>
        <translation>Zuordnung als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what each column of the file becomes. The preview shows the first rows as they will be stored.</source>
        <translation>Wählen Sie, was aus jeder Spalte der Datei wird. Die Vorschau zeigt die ersten Zeilen so, wie sie gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imports as</source>
        <translation>Wird importiert als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vCard files name their fields themselves: names, e-mails, phones, addresses, birthdays, notes and categories (as tags) are read as they are.</source>
        <translation>vCard-Dateien benennen ihre Felder selbst: Namen, E-Mail-Adressen, Telefonnummern, Adressen, Geburtstage, Notizen und Kategorien (als Schlagwörter) werden so gelesen, wie sie sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep each in a custom field</source>
        <translation>Jede in einem benutzerdefinierten Feld behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them to the notes</source>
        <translation>Zu den Notizen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31.12.2025)</source>
        <translation>Tag zuerst (31.12.2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2025)</source>
        <translation>Monat zuerst (12/31/2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2025-12-31)</source>
        <translation>Jahr zuerst (2025-12-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in empty fields</source>
        <translation>Leere Felder ergänzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite with the file&apos;s values</source>
        <translation>Mit den Werten aus der Datei überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail, then phone</source>
        <translation>E-Mail, dann Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and company</source>
        <translation>Name und Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unmapped columns:</source>
        <translation>&amp;Nicht zugeordnete Spalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing &amp;contacts:</source>
        <translation>Vorhandene &amp;Kontakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same person &amp;when:</source>
        <translation>Gleiche &amp;Person, wenn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that match an existing contact, or an earlier row of the file, are duplicates.</source>
        <translation>Zeilen, die zu einem vorhandenen Kontakt oder einer früheren Zeile der Datei passen, sind Duplikate.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Shopify customers export</source>
        <translation>Shopify-Kundenexport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts export</source>
        <translation>Google-Contacts-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook contacts export</source>
        <translation>Outlook-Kontaktexport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square customer directory</source>
        <translation>Square-Kundenverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot contacts export</source>
        <translation>HubSpot-Kontaktexport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp audience export</source>
        <translation>Mailchimp-Zielgruppenexport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etsy sold orders</source>
        <translation>Etsy: verkaufte Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify orders export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>vCard address book</source>
        <translation>vCard-Adressbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;No header row was found&lt;/b&gt;: the columns were matched by what they hold. Check each column below.</source>
        <translation>&lt;b&gt;Es wurde keine Kopfzeile gefunden&lt;/b&gt;: Die Spalten wurden anhand ihres Inhalts zugeordnet. Prüfen Sie unten jede Spalte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Erkannt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns matched by their headers</source>
        <translation>Spalten anhand ihrer Überschriften zugeordnet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preview of the first order as it will be stored</source>
        <translation>Vorschau der ersten Bestellung, wie sie gespeichert wird</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Preview of the first %n orders as they will be stored</source>
        <translation>
            <numerusform>Vorschau auf %n Bestellung, wie sie gespeichert wird</numerusform>
            <numerusform>Vorschau auf die ersten %n Bestellungen, wie sie gespeichert werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the first contact as it will be stored</source>
        <translation>Vorschau des ersten Kontakts, wie er gespeichert wird</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Preview of the first %n contacts as they will be stored</source>
        <translation>
            <numerusform>Vorschau auf %n Kontakt, wie er gespeichert wird</numerusform>
            <numerusform>Vorschau auf die ersten %n Kontakte, wie sie gespeichert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will be rejected</source>
        <translation>
            <numerusform>%n wird abgelehnt</numerusform>
            <numerusform>%n werden abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point at a tinted row to see why</source>
        <translation>auf eine eingefärbte Zeile zeigen, um den Grund zu sehen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None: as detected</source>
        <translation>Keine: wie erkannt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>Save Mapping as Preset</source>
        <translation>Zuordnung als Vorlage speichern</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Name of the preset (next time, choose it to map the columns the same way):</source>
        <translation>Name der Vorlage (wählen Sie sie beim nächsten Mal, um die Spalten genauso zuzuordnen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A preset named “%1” exists. Replace it?</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>clientele::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/previewmodel.cpp" line="+182"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail consent</source>
        <translation>E-Mail-Einwilligung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
</context>
<context>
    <name>clientele::ImportReportPage</name>
    <message>
        <location filename="../ui/import/reportpage.cpp" line="+28"/>
        <source>Every row was imported as it was: nothing to report.</source>
        <translation>Jede Zeile wurde unverändert importiert: Es gibt nichts zu berichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Report as CSV…</source>
        <translation>Bericht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo This Import…</source>
        <translation>Diesen Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped as duplicates</source>
        <translation>als Duplikate übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: 1 record read.</source>
        <translation>%1: 1 Datensatz gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 records read.</source>
        <translation>%1: %2 Datensätze gelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 import report.csv</source>
        <translation>%1 Importbericht.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Export Report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This import was undone: your customer book is as it was before it.</source>
        <translation>Dieser Import wurde rückgängig gemacht: Ihr Kundenbuch ist wieder so wie vorher.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportRunPage</name>
    <message>
        <location filename="../ui/import/runpage.cpp" line="+26"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the Columns</source>
        <translation>&amp;Zurück zu den Spalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is written as one batch: until it is finished, nothing changes in your customer book, and you can cancel.</source>
        <translation>Alles wird in einem Durchgang geschrieben: Bis er abgeschlossen ist, ändert sich nichts in Ihrem Kundenbuch, und Sie können abbrechen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>Wird abgebrochen: Bisher Geschriebenes wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows · %2 rows per second</source>
        <translation>%1 Zeilen · %2 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import stopped: %1
Nothing was imported; your customer book is as it was.</source>
        <translation>Der Import wurde abgebrochen: %1
Es wurde nichts importiert; Ihr Kundenbuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled. Nothing was imported; your customer book is as it was.</source>
        <translation>Import abgebrochen. Es wurde nichts importiert; Ihr Kundenbuch ist unverändert.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="+25"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+85"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty customer database file</source>
        <translation>Eine neue, leere Kundendatenbank anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Order…</source>
        <translation>Neuer &amp;Auftrag…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a new order; on the Contacts page, for the selected contact</source>
        <translation>Einen neuen Auftrag aufnehmen; auf der Kontaktseite für den ausgewählten Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another customer database file</source>
        <translation>Eine andere Kundendatenbank öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in customers or orders from a spreadsheet, a shop export or an address book</source>
        <translation>Kunden oder Bestellungen aus einer Tabelle, einem Shop-Export oder einem Adressbuch übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See earlier imports and undo one</source>
        <translation>Frühere Importe ansehen und einen davon rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Contact…</source>
        <translation>Kontakt &amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the whole customer book</source>
        <translation>Das ganze Kundenbuch durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom &amp;Fields…</source>
        <translation>Benutzerdefinierte &amp;Felder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove your own contact fields, such as Allergies</source>
        <translation>Eigene Kontaktfelder wie Allergien hinzufügen, umbenennen oder entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Business Profile…</source>
        <translation>&amp;Geschäftsprofil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name, address, tax ID, bank details and logo printed on invoices</source>
        <translation>Name, Adresse, USt-IdNr., Bankverbindung und Logo auf Rechnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected rows or text</source>
        <translation>Ausgewählte Zeilen oder Text kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Clientele</source>
        <translation>&amp;Über Clientele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List contacts that may be the same customer and merge them</source>
        <translation>Kontakte auflisten, die derselbe Kunde sein könnten, und sie zusammenführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Products…</source>
        <translation>&amp;Produkte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product catalogue: prices, units and tax rates the order editor offers</source>
        <translation>Der Produktkatalog: Preise, Einheiten und Steuersätze, die der Auftragseditor anbietet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (read-only) — Clientele</source>
        <translation>%1 (schreibgeschützt) — Clientele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read-only: another window has this file open</source>
        <translation>schreibgeschützt: ein anderes Fenster hat diese Datei geöffnet</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clientele databases (*.sqlite)</source>
        <translation>Clientele-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 already exists. Choose another name, or use File › Open Database to open it.</source>
        <translation>Die Datei %1 gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Clientele-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>clientele::MergeDialog</name>
    <message>
        <location filename="../ui/contacts/mergedialog.cpp" line="+57"/>
        <source>Merge Contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the record to keep and, where the two differ, which value it keeps. Emails, phones, tags, orders, activities, follow-ups and deals of both are kept; the other record goes to the trash.</source>
        <translation>Wählen Sie den Eintrag, der bleiben soll, und – wo sich die beiden unterscheiden – welchen Wert er behält. E-Mail-Adressen, Telefonnummern, Schlagwörter, Bestellungen, Aktivitäten, Wiedervorlagen und Geschäfte beider bleiben erhalten; der andere Eintrag kommt in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1
(#%2, added %3)</source>
        <translation>%1
(#%2, angelegt am %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Nothing else moves: “%1” is kept with the chosen values.</source>
        <translation>Sonst wird nichts übertragen: „%1“ bleibt mit den gewählten Werten erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to “%1”: %2.</source>
        <translation>Wird auf „%1“ übertragen: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::MethodListEditor</name>
    <message>
        <location filename="../ui/contacts/methodlisteditor.cpp" line="+22"/>
        <source>Add Email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Primary</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email label</source>
        <translation>Bezeichnung der E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone label</source>
        <translation>Bezeichnung der Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 503 555 0100</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove email</source>
        <translation>E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove phone</source>
        <translation>Telefonnummer entfernen</translation>
    </message>
</context>
<context>
    <name>clientele::OrderActions</name>
    <message>
        <location filename="../ui/orders/orderactions.cpp" line="+20"/>
        <source>&amp;New Order…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Order…</source>
        <translation>Auftrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Ready</source>
        <translation>Als &amp;fertig markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Collected</source>
        <translation>Als &amp;abgeholt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Delivered</source>
        <translation>Als ge&amp;liefert markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
</context>
<context>
    <name>clientele::OrderDetailView</name>
    <message>
        <location filename="../ui/orders/orderdetailview.cpp" line="+58"/>
        <source>Select an order to see what is in it.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>credit note %1 for %2</source>
        <translation>Gutschrift %1 zu %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk-in customer</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due</source>
        <translation>Zahlbar bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop reference</source>
        <translation>Shop-Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>clientele::OrderEditDialog</name>
    <message>
        <location filename="../ui/orders/ordereditdialog.cpp" line="+69"/>
        <source>New Order</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order lines</source>
        <translation>Auftragspositionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an item: a product or any text, then Enter</source>
        <translation>Position hinzufügen: ein Produkt oder beliebiger Text, dann Eingabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10 % or an amount</source>
        <translation>z. B. 10 % oder ein Betrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Design, allergies, message on the cake…</source>
        <translation>Design, Allergien, Aufschrift auf der Torte…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as D&amp;raft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the order (Ctrl+Enter)</source>
        <translation>Auftrag speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ordered:</source>
        <translation>&amp;Bestellt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order d&amp;iscount:</source>
        <translation>Auftrags&amp;rabatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;posit:</source>
        <translation>An&amp;zahlung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+8"/>
        <source>Order discount: %1</source>
        <translation>Auftragsrabatt: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a discount cannot be more than 100 %</source>
        <translation>ein Rabatt kann nicht mehr als 100 % betragen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deposit: %1</source>
        <translation>Anzahlung: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Includes %1 tax</source>
        <translation>Enthält %1 MwSt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax %1</source>
        <translation>MwSt. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due at pickup</source>
        <translation>Bei Abholung fällig</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add at least one item.</source>
        <translation>Fügen Sie mindestens eine Position hinzu.</translation>
    </message>
</context>
<context>
    <name>clientele::OrderLinesModel</name>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="+129"/>
        <source>The product&apos;s tax rate, or none for a free-text line. Type a rate to override it.</source>
        <translation>Der Steuersatz des Produkts, bei einer Freitextposition keiner. Geben Sie einen Satz ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Quantity: %1</source>
        <translation>Menge: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit price: %1</source>
        <translation>Stückpreis: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Discount: %1</source>
        <translation>Rabatt: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a discount cannot be more than 100 %</source>
        <translation>ein Rabatt kann nicht mehr als 100 % betragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tax rate: %1</source>
        <translation>Steuersatz: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a rate cannot be more than 100 %</source>
        <translation>ein Satz kann nicht mehr als 100 % betragen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>clientele::OrderPrintActions</name>
    <message>
        <location filename="../ui/orders/orderprintactions.cpp" line="+23"/>
        <location line="+22"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+53"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+5"/>
        <source>Could not save the PDF</source>
        <translation>Das PDF konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not issue the invoice</source>
        <translation>Die Rechnung konnte nicht ausgestellt werden</translation>
    </message>
</context>
<context>
    <name>clientele::OrderTableModel</name>
    <message>
        <location filename="../ui/orders/ordertablemodel.cpp" line="+75"/>
        <source>Walk-in customer</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup/due</source>
        <translation>Abholung/fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
</context>
<context>
    <name>clientele::OrdersView</name>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="+27"/>
        <location line="+15"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do (open and ready)</source>
        <translation>Zu erledigen (offen und fertig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>Abholbereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully paid</source>
        <translation>Nicht vollständig bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
</context>
<context>
    <name>clientele::PaymentDialog</name>
    <message>
        <location filename="../ui/orders/paymentdialog.cpp" line="+22"/>
        <source>Record Payment — Order %1</source>
        <translation>Zahlung erfassen — Auftrag %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total %1 · paid %2 · open %3</source>
        <translation>Gesamt %1 · bezahlt %2 · offen %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Amount: a payment cannot be zero.</source>
        <translation>Betrag: eine Zahlung kann nicht null sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
</context>
<context>
    <name>clientele::PipelineView</name>
    <message>
        <location filename="../ui/pipeline/pipelineview.cpp" line="+23"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closes %1</source>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · gewichtet %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+ %n in other currencies</source>
        <translation>
            <numerusform>+ %n in anderer Währung</numerusform>
            <numerusform>+ %n in anderen Währungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no pipeline stages yet.</source>
        <translation>Es gibt noch keine Pipeline-Phasen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln offenes Geschäft</numerusform>
            <numerusform>%Ln offene Geschäfte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in total, %2 weighted by probability</source>
        <translation>%1 insgesamt, %2 nach Wahrscheinlichkeit gewichtet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No open deals in this stage.</source>
        <translation>Keine offenen Geschäfte in dieser Phase.</translation>
    </message>
</context>
<context>
    <name>clientele::ProductTableModel</name>
    <message>
        <location filename="../ui/products/producttablemodel.cpp" line="+75"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tax rate: %1</source>
        <translation>Steuersatz: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a rate cannot be more than 100 %</source>
        <translation>ein Satz kann nicht mehr als 100 % betragen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the picker</source>
        <translation>In der Auswahl</translation>
    </message>
</context>
<context>
    <name>clientele::ProductsDialog</name>
    <message>
        <location filename="../ui/products/productsdialog.cpp" line="+34"/>
        <source>&amp;Add Product</source>
        <translation>Produkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived products</source>
        <translation>&amp;Archivierte Produkte zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax %</source>
        <translation>MwSt. %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit (pcs, kg, h…)</source>
        <translation>Einheit (Stk., kg, h…)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unit price: %1</source>
        <translation>Stückpreis: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tax: %1</source>
        <translation>MwSt.: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a rate cannot be more than 100 %</source>
        <translation>ein Satz kann nicht mehr als 100 % betragen</translation>
    </message>
</context>
<context>
    <name>clientele::QuickLogBox</name>
    <message>
        <location filename="../ui/contacts/quicklogbox.cpp" line="+39"/>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Text to log</source>
        <translation>Einzutragender Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to log</source>
        <translation>%1 zum Eintragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store this for the customer (%1)</source>
        <translation>Für den Kunden speichern (%1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Type what happened first, then log it.</source>
        <translation>Schreiben Sie zuerst, was passiert ist, und tragen Sie es dann ein.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What was the call about?</source>
        <translation>Worum ging es bei dem Anruf?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened at the visit?</source>
        <translation>Was ist bei dem Besuch passiert?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note about this customer…</source>
        <translation>Schreiben Sie eine Notiz zu diesem Kunden…</translation>
    </message>
</context>
<context>
    <name>clientele::Sidebar</name>
    <message>
        <location filename="../ui/mainwindow/sidebar.cpp" line="+40"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>clientele::TagsEdit</name>
    <message>
        <location filename="../ui/contacts/tagsedit.cpp" line="+14"/>
        <source>VIP, Wholesale, …</source>
        <translation>VIP, Großhandel, …</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../ui/common/displayformat.cpp" line="+67"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>M</source>
        <comment>million, in compact amounts</comment>
        <translation> Mio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <comment>thousand, in compact amounts</comment>
        <translation>k</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+35"/>
        <source>Customer book for small businesses.</source>
        <translation>Kundenbuch für kleine Unternehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database file &lt;path&gt; (default: $CLIENTELE_DB, else the per-user data folder).</source>
        <translation>Die Datenbankdatei &lt;path&gt; öffnen (Vorgabe: $CLIENTELE_DB, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an empty database instead of showing the welcome page.</source>
        <translation>Mit einer leeren Datenbank starten, ohne Willkommensseite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file to open (same as --db).</source>
        <translation>Die zu öffnende Datenbankdatei (wie --db).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Clientele-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
</context>
</TS>
