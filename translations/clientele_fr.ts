<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/mainwindow/aboutbox.cpp" line="+9"/>
        <source>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;A customer book for small businesses: contacts, orders, follow-ups and a sales pipeline in one file on your computer.&lt;/p&gt;&lt;p&gt;Clientele is free software, licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clientele %1&lt;/h3&gt;&lt;p&gt;Un carnet de clients pour les petites entreprises : contacts, commandes, relances et pipeline de ventes dans un seul fichier sur votre ordinateur.&lt;/p&gt;&lt;p&gt;Clientele est un logiciel libre, sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Clientele</source>
        <translation>À propos de Clientele</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../core/activities/activity.cpp" line="+39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <location filename="../core/activities/activityrepository.cpp" line="+78"/>
        <source>Please choose the customer this is about.</source>
        <translation>Veuillez choisir le client concerné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter a subject or some text.</source>
        <translation>Veuillez saisir un objet ou un texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deal this is about no longer exists.</source>
        <translation>L’affaire concernée n’existe plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order this is about no longer exists.</source>
        <translation>La commande concernée n’existe plus.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+44"/>
        <source>Could not save the activity</source>
        <translation>Impossible d’enregistrer l’activité</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Could not read activity %1</source>
        <translation>Impossible de lire l’activité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+6"/>
        <source>Activity %1 does not exist.</source>
        <translation>L’activité %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/audit/auditlog.cpp" line="+55"/>
        <source>Could not write the audit log: %1</source>
        <translation>Impossible d’écrire le journal des modifications : %1</translation>
    </message>
</context>
<context>
    <name>BakerySample</name>
    <message>
        <location filename="../core/sample/bakerysample.cpp" line="+37"/>
        <source>The sample bakery could not be written: %1</source>
        <translation>La boulangerie d’exemple n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database could not be read: %1</source>
        <translation>La base de données n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already holds contacts. The sample bakery can only be added to a new, empty database.</source>
        <translation>Cette base de données contient déjà des contacts. La boulangerie d’exemple ne peut être ajoutée qu’à une nouvelle base de données vide.</translation>
    </message>
</context>
<context>
    <name>BulkIndexing</name>
    <message>
        <location filename="../core/search/bulkindexing.cpp" line="+15"/>
        <source>The search index could not be updated: %1</source>
        <translation>L’index de recherche n’a pas pu être mis à jour : %1</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <location filename="../core/settings/businesssettings.cpp" line="+56"/>
        <source>Could not save the setting %1: %2</source>
        <translation>Impossible d’enregistrer le paramètre %1 : %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a time zone this computer knows; give an IANA name such as Europe/Berlin.</source>
        <translation>%1 n’est pas un fuseau horaire connu de cet ordinateur ; indiquez un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read the pipeline stages: %1</source>
        <translation>Impossible de lire les étapes du pipeline : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create the pipeline stages: %1</source>
        <translation>Impossible de créer les étapes du pipeline : %1</translation>
    </message>
</context>
<context>
    <name>ClienteleCli</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="+24"/>
        <source>Check the database for damage without changing it: SQLite&apos;s integrity check, records that
refer to missing ones, the schema version and the search index. Works while Clientele has
the database open.</source>
        <translation>Vérifier que la base de données n’est pas endommagée, sans la modifier : contrôle d’intégrité
de SQLite, enregistrements qui renvoient à des enregistrements manquants, version du schéma
et index de recherche. Fonctionne même lorsque Clientele a ouvert la base de données.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Database OK (schema version %1)
</source>
        <translation>Base de données OK (version de schéma %1)
</translation>
    </message>
    <message>
        <location filename="../app/cli/clidatabase.cpp" line="+13"/>
        <source>The database file (default: $CLIENTELE_DB, else %1)</source>
        <translation>Le fichier de base de données (par défaut : $CLIENTELE_DB, sinon %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+56"/>
        <location filename="../app/cli/main.cpp" line="+88"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>option inconnue &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option &apos;--%1&apos; does not take a value</source>
        <translation>l’option &apos;--%1&apos; n’accepte pas de valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>l’option &apos;--%1&apos; nécessite une valeur (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing argument %1</source>
        <translation>argument %1 manquant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: clientele-cli %1

%2
</source>
        <translation>Utilisation : clientele-cli %1

%2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <location filename="../app/cli/contactcommands.cpp" line="+25"/>
        <location filename="../app/cli/ordercommands.cpp" line="+30"/>
        <location filename="../app/cli/orderpdfcommand.cpp" line="+39"/>
        <location filename="../app/cli/productcommands.cpp" line="+26"/>
        <source>Print JSON instead of text</source>
        <translation>Afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the contacts (not those in the trash), sorted by name.
With --json, print an array with every detail of each contact.</source>
        <translation>Lister les contacts (sauf ceux de la corbeille), triés par nom.
Avec --json, afficher un tableau avec tous les détails de chaque contact.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show every detail of the contact with the given id.</source>
        <translation>Afficher tous les détails du contact ayant l’identifiant indiqué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a person and print the new contact&apos;s id. At least a first or a last name is needed;
the first email and phone given become the primary ones.</source>
        <translation>Ajouter une personne et afficher l’identifiant du nouveau contact. Il faut au moins un prénom ou
un nom ; le premier e-mail et le premier téléphone indiqués deviennent les principaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address (repeatable)</source>
        <translation>Une adresse e-mail (peut être répétée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number (repeatable)</source>
        <translation>Un numéro de téléphone (peut être répété)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tag such as VIP (repeatable)</source>
        <translation>Une étiquette comme VIP (peut être répétée)</translation>
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
        <translation>Utilisation : clientele-cli contacts COMMAND [ARGUMENTS]

Commandes :
  list       Lister les contacts
  show ID    Afficher un contact
  add        Ajouter une personne

Lancez &apos;clientele-cli contacts COMMAND --help&apos; pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No contacts yet.
</source>
        <translation>Aucun contact pour l’instant.
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
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+63"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+2"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/contactview.cpp" line="+4"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/mergecommand.cpp" line="+49"/>
        <location filename="../app/cli/ordercommands.cpp" line="-41"/>
        <location line="+123"/>
        <source>&apos;%1&apos; is not a contact id (a positive whole number)</source>
        <translation>&apos;%1&apos; n’est pas un identifiant de contact (un nombre entier positif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contact with id %1</source>
        <translation>Aucun contact avec l’identifiant %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a contact needs --first or --last</source>
        <translation>un contact nécessite --first ou --last</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing contacts command (list, show or add)</source>
        <translation>commande contacts manquante (list, show ou add)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown contacts command &apos;%1&apos;</source>
        <translation>commande contacts inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/contactview.cpp" line="-30"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Fonction</translation>
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
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email marketing</source>
        <translation>Marketing par e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/orderview.cpp" line="+13"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/importcommand.cpp" line="+1"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/importcommand.cpp" line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/orderview.cpp" line="+3"/>
        <source>In the trash since</source>
        <translation>Dans la corbeille depuis le</translation>
    </message>
    <message>
        <location filename="../app/cli/duplicatescommand.cpp" line="-56"/>
        <source>List pairs of contacts that may be the same customer, strongest first: the same email,
the same phone, or very similar names in the same city or company. Merge a pair with
&apos;merge KEEP_ID OTHER_ID&apos;.
With --json, print an array of {&quot;a&quot;: {&quot;id&quot;, &quot;name&quot;}, &quot;b&quot;: {...}, &quot;reasons&quot;: [&quot;email&quot;,
&quot;phone&quot;, &quot;name&quot;], &quot;detail&quot;}.</source>
        <translation>Lister les paires de contacts qui pourraient être le même client, les plus probables d’abord : même
e-mail, même téléphone, ou noms très proches dans la même ville ou la même entreprise. Fusionnez
une paire avec &apos;merge KEEP_ID OTHER_ID&apos;.
Avec --json, afficher un tableau de {&quot;a&quot;: {&quot;id&quot;, &quot;name&quot;}, &quot;b&quot;: {...}, &quot;reasons&quot;: [&quot;email&quot;,
&quot;phone&quot;, &quot;name&quot;], &quot;detail&quot;}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/importcommand.cpp" line="-60"/>
        <location filename="../app/cli/searchcommand.cpp" line="-60"/>
        <source>Print a JSON array instead of text</source>
        <translation>Afficher un tableau JSON au lieu de texte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No likely duplicates found.
</source>
        <translation>Aucun doublon probable trouvé.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="-242"/>
        <source>Import customers (csv, txt, xlsx, ods, vcf) or orders (csv, xlsx, ods) as one batch. Columns are
mapped automatically; --map overrides one column (repeatable). Contacts already in the book
(same email, then same phone) are skipped, merged (empty fields filled) or overwritten.
Undo the whole batch later with &apos;undo-import BATCH_ID&apos;.</source>
        <translation>Importer des clients (csv, txt, xlsx, ods, vcf) ou des commandes (csv, xlsx, ods) en un seul lot.
Les colonnes sont associées automatiquement ; --map en impose une (peut être répété). Les contacts
déjà présents (même e-mail, puis même téléphone) sont ignorés, fusionnés (champs vides complétés)
ou remplacés. Annulez plus tard tout le lot avec &apos;undo-import BATCH_ID&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contacts (default) or orders</source>
        <translation>contacts (par défaut) ou orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (default), csv, xlsx, ods or vcf</source>
        <translation>auto (par défaut), csv, xlsx, ods ou vcf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default), utf-8, utf-16 or windows-1252</source>
        <translation>auto (par défaut), utf-8, utf-16 ou windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto (default), &apos;,&apos;, &apos;;&apos;, tab or &apos;|&apos;</source>
        <translation>auto (par défaut), &apos;,&apos;, &apos;;&apos;, tab ou &apos;|&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet of an xlsx/ods workbook (default: the first)</source>
        <translation>La feuille d’un classeur xlsx/ods (par défaut : la première)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply a mapping saved in the import wizard</source>
        <translation>Appliquer une correspondance enregistrée dans l’assistant d’importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a column to a field (e.g. Mail=email, Allergien=custom:Allergies)</source>
        <translation>Associer une colonne à un champ (p. ex. Mail=email, Allergien=custom:Allergies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip (default), merge or overwrite</source>
        <translation>skip (par défaut), merge ou overwrite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email, phone or name (name and company); default: email, then phone</source>
        <translation>email, phone ou name (nom et entreprise) ; par défaut : email, puis phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default), dmy, mdy or ymd for dates like 03/04/2025</source>
        <translation>auto (par défaut), dmy, mdy ou ymd pour les dates comme 03/04/2025</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom (default: a custom field per column), notes, or ignore (reported, not imported)</source>
        <translation>custom (par défaut : un champ personnalisé par colonne), notes ou ignore (signalées, mais non importées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read, check and report everything, but write nothing</source>
        <translation>Tout lire, vérifier et signaler, mais ne rien écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every rejected, merged, skipped or warned row as CSV</source>
        <translation>Écrire au format CSV chaque ligne rejetée, fusionnée, ignorée ou avec avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the result as one JSON object</source>
        <translation>Afficher le résultat sous forme d’un seul objet JSON</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>--%1 doit être l’une des valeurs suivantes : %2, pas &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delimiter &quot;%1&quot;</source>
        <translation>séparateur &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3 rows read
</source>
        <translation>%1 (%2) : %3 lignes lues
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 created, %2 updated, %3 skipped as duplicates, %4 rejected
</source>
        <translation>  %1 créés, %2 mis à jour, %3 ignorés comme doublons, %4 rejetés
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  ... and %1 more (write them all with --report PATH)
</source>
        <translation>  ... et %1 autres (écrivez-les toutes avec --report PATH)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run: nothing was written.
</source>
        <translation>Essai à blanc : rien n’a été écrit.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1. Undo it with: clientele-cli undo-import %1
</source>
        <translation>Lot %1. Pour l’annuler : clientele-cli undo-import %1
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>--map needs COLUMN=FIELD, not &apos;%1&apos;</source>
        <translation>--map nécessite COLUMN=FIELD, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--map %1: %2</source>
        <translation>--map %1 : %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--report needs a file path</source>
        <translation>--report nécessite un chemin de fichier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source><byte value="xd"/>%1 rows, %2 rows/s, %3%</source>
        <translation><byte value="xd"/>%1 lignes, %2 lignes/s, %3 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List past imports, newest first, with their counts and whether they were undone.</source>
        <translation>Lister les importations passées, les plus récentes d’abord, avec leurs décomptes et en indiquant si elles ont été annulées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show at most N imports (default 50)</source>
        <translation>Afficher au plus N importations (par défaut 50)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/searchcommand.cpp" line="+26"/>
        <source>--limit needs a positive whole number, not &apos;%1&apos;</source>
        <translation>--limit nécessite un nombre entier positif, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No imports yet.
</source>
        <translation>Aucune importation pour l’instant.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/ordercommands.cpp" line="-82"/>
        <location filename="../app/cli/orderview.cpp" line="-14"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="+28"/>
        <source>Create the database, or bring an existing one up to this version&apos;s schema.
With --sample bakery, fill a new database with &quot;Rosie&apos;s Bakery&quot;, a sample shop
with customers, orders, deals and follow-ups to explore.</source>
        <translation>Créer la base de données, ou mettre à jour une base existante vers le schéma de cette version.
Avec --sample bakery, remplir une nouvelle base avec &quot;Rosie&apos;s Bakery&quot;, une boutique d’exemple
avec des clients, des commandes, des affaires et des relances à découvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add sample data; the only sample is &apos;bakery&apos;</source>
        <translation>Ajouter des données d’exemple ; le seul exemple est &apos;bakery&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown sample &apos;%1&apos;; the only sample is &apos;bakery&apos;</source>
        <translation>exemple inconnu &apos;%1&apos; ; le seul exemple est &apos;bakery&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database %1 is ready (schema version %2).
</source>
        <translation>La base de données %1 est prête (version de schéma %2).
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the database %1 (schema version %2).
</source>
        <translation>La base de données %1 a été créée (version de schéma %2).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the sample bakery &quot;Rosie&apos;s Bakery&quot; with %1 contacts.
</source>
        <translation>La boulangerie d’exemple &quot;Rosie&apos;s Bakery&quot; a été ajoutée avec %1 contacts.
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
        <translation>Utilisation : clientele-cli [--db PATH] COMMAND [ARGUMENTS]

Gérer une base de données de clients Clientele depuis la ligne de commande.

Commandes :
  init [--sample bakery]   Créer ou mettre à jour la base de données, en option avec la boulangerie d’exemple
  contacts list            Lister les contacts
  contacts show ID         Afficher un contact
  contacts add             Ajouter une personne
  search QUERY             Rechercher des contacts par nom, entreprise, e-mail, téléphone, étiquette ou note
  check                    Vérifier que la base de données n’est pas endommagée
  import FILE              Importer des contacts ou des commandes (csv, xlsx, ods, vcf) en un seul lot
  imports                  Lister les importations passées
  undo-import BATCH_ID     Annuler une importation
  duplicates               Lister les contacts qui pourraient être le même client
  merge KEEP_ID OTHER_ID   Fusionner un contact dans un autre
  orders list              Lister les commandes
  orders show ORDER        Afficher une commande par identifiant ou numéro
  orders add               Ajouter une commande
  orders status ORDER S    Faire passer une commande à un autre statut
  orders pay ORDER AMOUNT  Enregistrer un paiement
  orders pdf ORDER         Enregistrer un bon de commande, un devis ou une facture en PDF
  products list            Lister les produits
  products add             Ajouter un produit

Options :
  --db PATH      Le fichier de base de données ; sans cette option, $CLIENTELE_DB, sinon
                 %1
  -h, --help     Afficher cette aide
  --version      Afficher la version

Lancez &apos;clientele-cli COMMAND --help&apos; pour voir les options d’une commande.
Code de sortie : 0 en cas de succès, 1 si l’opération a échoué, 2 si la ligne de commande est incorrecte.
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>option &apos;--db&apos; needs a value (PATH)</source>
        <translation>l’option &apos;--db&apos; nécessite une valeur (PATH)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-24"/>
        <source>Merge the contact OTHER_ID into KEEP_ID. Where both have a value, KEEP_ID&apos;s is kept;
empty fields of KEEP_ID are filled from OTHER_ID. Emails, phones, tags and custom
fields are united, and OTHER_ID&apos;s orders, activities, follow-ups and deals (for a
company: its people) move to KEEP_ID. OTHER_ID then goes to the trash.</source>
        <translation>Fusionner le contact OTHER_ID dans KEEP_ID. Là où les deux ont une valeur, celle de KEEP_ID est
conservée ; les champs vides de KEEP_ID sont complétés à partir de OTHER_ID. Les e-mails, téléphones,
étiquettes et champs personnalisés sont réunis, et les commandes, activités, relances et affaires
de OTHER_ID (pour une entreprise : ses personnes) passent à KEEP_ID. OTHER_ID est ensuite placé
dans la corbeille.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>merge needs two contact ids: KEEP_ID OTHER_ID</source>
        <translation>merge nécessite deux identifiants de contact : KEEP_ID OTHER_ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merged &quot;%1&quot; (%2) into &quot;%3&quot; (%4); %2 is now in the trash.
</source>
        <translation>&quot;%1&quot; (%2) a été fusionné dans &quot;%3&quot; (%4) ; %2 est maintenant dans la corbeille.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders moved</source>
        <translation>Commandes déplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities moved</source>
        <translation>Activités déplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups moved</source>
        <translation>Relances déplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals moved</source>
        <translation>Affaires déplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails, phones and websites moved</source>
        <translation>E-mails, téléphones et sites web déplacés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails, phones and websites already there</source>
        <translation>E-mails, téléphones et sites web déjà présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags added</source>
        <translation>Étiquettes ajoutées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom field values taken</source>
        <translation>Valeurs de champs personnalisés reprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company members moved</source>
        <translation>Membres de l’entreprise déplacés</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+62"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Essayez &apos;%1&apos; pour plus d’informations.</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="-32"/>
        <source>Search names, companies, emails, phones, tags, notes and activities. Every word must match,
as the start of a word and ignoring accents: &quot;mull&quot; finds Müller. Several words may be
given without quotes.</source>
        <translation>Rechercher dans les noms, entreprises, e-mails, téléphones, étiquettes, notes et activités. Chaque
mot doit correspondre au début d’un mot, sans tenir compte des accents : &quot;mull&quot; trouve Müller.
Plusieurs mots peuvent être indiqués sans guillemets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most N contacts (default %1)</source>
        <translation>Afficher au plus N contacts (par défaut %1)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No contacts match &quot;%1&quot;.
</source>
        <translation>Aucun contact ne correspond à &quot;%1&quot;.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../app/cli/undoimportcommand.cpp" line="+28"/>
        <source>Revert a whole import: delete the contacts and orders it created and put back the
values it overwrote. &apos;imports&apos; lists the batch ids.</source>
        <translation>Annuler toute une importation : supprimer les contacts et commandes qu’elle a créés et rétablir
les valeurs qu’elle a remplacées. &apos;imports&apos; liste les identifiants de lot.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>BATCH_ID must be a positive whole number, not &apos;%1&apos;</source>
        <translation>BATCH_ID doit être un nombre entier positif, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import %1 (%2) undone: what it created is removed and what it changed is restored.
</source>
        <translation>Importation %1 (%2) annulée : ce qu’elle a créé est supprimé et ce qu’elle a modifié est rétabli.
</translation>
    </message>
    <message>
        <location filename="../app/cli/orderlookup.cpp" line="+21"/>
        <source>ORDER is an order&apos;s id or its number: a whole number is taken as an id first, then as a
number; &apos;#1001&apos; is always the number 1001.</source>
        <translation>ORDER est l’identifiant ou le numéro d’une commande : un nombre entier est d’abord lu comme un
identifiant, puis comme un numéro ; &apos;#1001&apos; est toujours le numéro 1001.</translation>
    </message>
    <message>
        <location filename="../app/cli/ordercommands.cpp" line="-217"/>
        <source>List the orders (not those in the trash), newest first. Every match is printed unless
--limit is given. With --json, print an array with every detail of each order.</source>
        <translation>Lister les commandes (sauf celles de la corbeille), la plus récente d’abord. Toutes les commandes
trouvées sont affichées, sauf avec --limit. Avec --json, afficher un tableau avec tous les détails de chaque commande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only orders with this status (repeatable): %1</source>
        <translation>Seulement les commandes avec ce statut (peut être répété) : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only orders placed on or after this day (2026-05-14)</source>
        <translation>Seulement les commandes passées ce jour-là ou après (2026-05-14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders placed on or before this day</source>
        <translation>Seulement les commandes passées ce jour-là ou avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders of this contact</source>
        <translation>Seulement les commandes de ce contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N orders</source>
        <translation>Au plus N commandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show every detail of an order and its lines.</source>
        <translation>Afficher tous les détails d’une commande et de ses lignes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add an order in the business currency and print it. Amounts are plain numbers with a point
and at most the currency&apos;s decimals (12.50); QTY may have up to three decimals (0.5);
TAX_RATE is a percentage (7, 19 or 7.5). Prices are taken with or without tax as the
business settings say. Nothing is stored when any value is wrong.</source>
        <translation>Ajouter une commande dans la devise de l’entreprise et l’afficher. Les montants sont des nombres simples
avec un point et au plus autant de décimales que la devise (12.50) ; QTY peut avoir jusqu’à trois
décimales (0.5) ; TAX_RATE est un pourcentage (7, 19 ou 7.5). Les prix s’entendent taxes comprises ou non
selon les réglages de l’entreprise. Rien n’est enregistré si une valeur est incorrecte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s contact id</source>
        <translation>L’identifiant de contact du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup or delivery time: 2026-05-14T15:00 (local time) or 2026-05-14T13:00Z</source>
        <translation>Heure de retrait ou de livraison : 2026-05-14T15:00 (heure locale) ou 2026-05-14T13:00Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order line &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot; (repeatable)</source>
        <translation>Une ligne de commande &quot;DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]&quot; (peut être répétée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deposit paid when ordering</source>
        <translation>Un acompte versé à la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a draft instead of a confirmed order</source>
        <translation>Enregistrer comme brouillon au lieu d’une commande confirmée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move an order to another status: %1. An order moves forward only;
collected, delivered and cancelled are final.</source>
        <translation>Faire passer une commande à un autre statut : %1. Une commande ne fait qu’avancer ;
collected, delivered et cancelled sont définitifs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record a payment in the order&apos;s currency and print the order. The amount is a plain
number (12.50) and may not take the paid amount above the total.</source>
        <translation>Enregistrer un paiement dans la devise de la commande et afficher la commande. Le montant est un nombre
simple (12.50) et ne peut pas porter le montant payé au-delà du total.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was paid: cash, card, transfer or other (the default)</source>
        <translation>Mode de paiement : cash (espèces), card (carte), transfer (virement) ou other (autre, par défaut)</translation>
    </message>
    <message>
        <location filename="../app/cli/orderlookup.cpp" line="+6"/>
        <source>No order with id or number %1</source>
        <translation>Aucune commande avec l’identifiant ou le numéro %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No order with number %1</source>
        <translation>Aucune commande avec le numéro %1</translation>
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
        <translation>Utilisation : clientele-cli orders COMMAND [ARGUMENTS]

Commandes :
  list                  Lister les commandes
  show ORDER            Afficher une commande
  add                   Ajouter une commande
  status ORDER STATUS   Faire passer une commande à un autre statut
  pay ORDER AMOUNT      Enregistrer un paiement
  pdf ORDER             Enregistrer un bon de commande, un devis ou une facture en PDF

Lancez &apos;clientele-cli orders COMMAND --help&apos; pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+198"/>
        <source>unknown status &apos;%1&apos; (one of %2)</source>
        <translation>statut inconnu &apos;%1&apos; (l’un de %2)</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>&apos;%1&apos; is not a date such as 2026-05-14</source>
        <translation>&apos;%1&apos; n’est pas une date comme 2026-05-14</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation>&apos;%1&apos; n’est pas un nombre entier positif</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No orders found.
</source>
        <translation>Aucune commande trouvée.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/orderview.cpp" line="+2"/>
        <source>Ordered</source>
        <translation>Commandée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/orderview.cpp" line="-3"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/orderview.cpp" line="+2"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/orderview.cpp" line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]</source>
        <translation>&quot;%1&quot; n’a pas la forme DESCRIPTION;QTY;UNIT_PRICE[;TAX_RATE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quantity %1</source>
        <translation>quantité %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unit price %1</source>
        <translation>prix unitaire %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tax rate %1</source>
        <translation>taux de taxe %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an order needs --contact ID</source>
        <translation>une commande a besoin de --contact ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an order needs at least one --line</source>
        <translation>une commande a besoin d’au moins une option --line</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a date and time such as 2026-05-14T15:00 or 2026-05-14T13:00Z</source>
        <translation>&apos;%1&apos; n’est pas une date et une heure comme 2026-05-14T15:00 ou 2026-05-14T13:00Z</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Order %1 is now %2.
</source>
        <translation>La commande %1 est maintenant : %2.
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown payment method &apos;%1&apos; (one of cash, card, transfer, other)</source>
        <translation>mode de paiement inconnu &apos;%1&apos; (l’un de cash, card, transfer, other)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>missing orders command (list, show, add, status, pay or pdf)</source>
        <translation>commande orders manquante (list, show, add, status, pay ou pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown orders command &apos;%1&apos;</source>
        <translation>commande orders inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/orderview.cpp" line="-31"/>
        <source>%1 %2 %3 at %4</source>
        <translation>%1 %2 %3 à %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, less %1</source>
        <translation>, moins %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, tax %1 %</source>
        <translation>, taxe %1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (walk-in)</source>
        <translation>aucun (client de passage)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/productcommands.cpp" line="+1"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location filename="../app/cli/productcommands.cpp" line="-97"/>
        <source>List the products (not those in the trash), sorted by name.
With --json, print an array with every detail of each product.</source>
        <translation>Lister les produits (sauf ceux de la corbeille), triés par nom.
Avec --json, afficher un tableau avec tous les détails de chaque produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include archived products</source>
        <translation>Inclure les produits archivés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a product in the business currency and print its id (with --json, the product).
PRICE is a plain number with at most the currency&apos;s decimals (4.50); RATE is a
percentage (7, 19 or 7.5) that order lines of the product take.</source>
        <translation>Ajouter un produit dans la devise de l’entreprise et afficher son identifiant (avec --json, le produit).
PRICE est un nombre simple avec au plus autant de décimales que la devise (4.50) ; RATE est un
pourcentage (7, 19 ou 7.5) que reprennent les lignes de commande du produit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product&apos;s name</source>
        <translation>Le nom du produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price of one unit</source>
        <translation>Le prix d’une unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tax rate in percent (default 0)</source>
        <translation>Le taux de taxe en pourcentage (0 par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit it is sold in (default pcs)</source>
        <translation>L’unité dans laquelle il est vendu (pcs par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock-keeping unit or article number</source>
        <translation>La référence ou le numéro d’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category such as Bread</source>
        <translation>Une catégorie comme Pain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: clientele-cli products COMMAND [ARGUMENTS]

Commands:
  list       List the products
  add        Add a product

Run &apos;clientele-cli products COMMAND --help&apos; for the options of a command.
</source>
        <translation>Utilisation : clientele-cli products COMMAND [ARGUMENTS]

Commandes :
  list       Lister les produits
  add        Ajouter un produit

Lancez &apos;clientele-cli products COMMAND --help&apos; pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No products yet.
</source>
        <translation>Aucun produit pour l’instant.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a product needs --name NAME</source>
        <translation>un produit a besoin de --name NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a product needs --price PRICE</source>
        <translation>un produit a besoin de --price PRICE</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>missing products command (list or add)</source>
        <translation>commande products manquante (list ou add)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown products command &apos;%1&apos;</source>
        <translation>commande products inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/orderpdfcommand.cpp" line="-10"/>
        <source>Save an order as a PDF: an order slip, or a quote while it is a draft. With --invoice,
issue the order&apos;s invoice when it has none (it gets the next invoice number, which is
never given again) and save it, or save the invoice it already has as it was issued.
ORDER may also be the number of an invoice or credit note, which is saved as issued.</source>
        <translation>Enregistrer une commande en PDF : un bon de commande, ou un devis tant qu’elle est un brouillon.
Avec --invoice, émettre la facture de la commande si elle n’en a pas (elle reçoit le numéro de facture
suivant, qui n’est jamais redonné) et l’enregistrer, ou enregistrer la facture existante telle qu’émise.
ORDER peut aussi être le numéro d’une facture ou d’un avoir, enregistré tel qu’émis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF file to write</source>
        <translation>Le fichier PDF à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue or reprint the order&apos;s invoice</source>
        <translation>Émettre ou réimprimer la facture de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a4 or letter; without it the business setting, else the system locale&apos;s</source>
        <translation>a4 ou letter ; sans cette option, le réglage de l’entreprise, sinon celui de la langue du système</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a PDF needs --output FILE</source>
        <translation>un PDF nécessite --output FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown paper size &apos;%1&apos; (a4 or letter)</source>
        <translation>format de papier inconnu &apos;%1&apos; (a4 ou letter)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Issued invoice %1 for order %2.
</source>
        <translation>Facture %1 émise pour la commande %2.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 %2 to %3
</source>
        <translation>%1 %2 écrit dans %3
</translation>
    </message>
</context>
<context>
    <name>ContactBrowser</name>
    <message>
        <location filename="../core/contacts/contactbrowser.cpp" line="+128"/>
        <source>The contact list could not be read: %1</source>
        <translation>La liste des contacts n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+48"/>
        <source>The list position does not fit this order.</source>
        <translation>La position dans la liste ne correspond pas à ce tri.</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <location filename="../ui/contacts/contactcommands.cpp" line="+27"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Restore “%1”</source>
        <translation>Restaurer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Restore %n contacts</source>
        <translation>
            <numerusform>Restaurer %n contact</numerusform>
            <numerusform>Restaurer %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move “%1” to the trash</source>
        <translation>Placer «&#xa0;%1&#xa0;» dans la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n contacts to the trash</source>
        <translation>
            <numerusform>Placer %n contact dans la corbeille</numerusform>
            <numerusform>Placer %n contacts dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add tag “%1” to 1 contact</source>
        <translation>Ajouter l’étiquette «&#xa0;%1&#xa0;» à 1 contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tag “%1” from 1 contact</source>
        <translation>Retirer l’étiquette «&#xa0;%1&#xa0;» de 1 contact</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Ajouter l’étiquette «&#xa0;%1&#xa0;» à %n contact</numerusform>
            <numerusform>Ajouter l’étiquette «&#xa0;%1&#xa0;» à %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Retirer l’étiquette «&#xa0;%1&#xa0;» de %n contact</numerusform>
            <numerusform>Retirer l’étiquette «&#xa0;%1&#xa0;» de %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCsvExport</name>
    <message>
        <location filename="../core/contacts/contactcsvexport.cpp" line="+54"/>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <location filename="../core/contacts/contactedits.cpp" line="+24"/>
        <location filename="../core/contacts/contacttrash.cpp" line="+98"/>
        <source>The contact could not be saved: %1</source>
        <translation>Le contact n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” no longer exists.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>The company “%1” cannot be created again: its place is taken.</source>
        <translation>L’entreprise «&#xa0;%1&#xa0;» ne peut pas être recréée : sa place est déjà prise.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be created again: its place is taken.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être recréé : sa place est déjà prise.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“%1” has orders, notes, follow-ups, deals or members by now, so its creation can no longer be undone.</source>
        <translation>«&#xa0;%1&#xa0;» a désormais des commandes, des notes, des relances, des affaires ou des membres : sa création ne peut donc plus être annulée.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contacttrash.cpp" line="-58"/>
        <source>There is no contact with id %1.</source>
        <translation>Il n’y a aucun contact avec l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>ContactInsights</name>
    <message>
        <location filename="../core/contacts/contactinsights.cpp" line="+25"/>
        <source>The customer&apos;s order figures could not be read</source>
        <translation>Les chiffres de commande du client n’ont pas pu être lus</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact %1 does not exist.</source>
        <translation>Le contact %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact could not be read.</source>
        <translation>Le contact n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ContactMatcher</name>
    <message>
        <location filename="../core/import/writing/contactmatcher.cpp" line="+75"/>
        <location line="+17"/>
        <location line="+39"/>
        <source>The existing contacts could not be read: %1</source>
        <translation>Les contacts existants n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name and company</source>
        <translation>nom et entreprise</translation>
    </message>
</context>
<context>
    <name>ContactMerger</name>
    <message>
        <location filename="../core/contacts/contactmerger.cpp" line="+48"/>
        <source>A contact cannot be merged with itself: choose two different contacts.</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même : choisissez deux contacts différents.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is in the trash: restore it before merging.</source>
        <translation>«&#xa0;%1&#xa0;» est dans la corbeille : restaurez-le avant la fusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a person and “%2” a company: only two people or two companies can be merged.</source>
        <translation>«&#xa0;%1&#xa0;» est une personne et «&#xa0;%2&#xa0;» une entreprise : seules deux personnes ou deux entreprises peuvent être fusionnées.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The contacts could not be read for merging.</source>
        <translation>Les contacts n’ont pas pu être lus pour la fusion.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The merge can no longer be undone: one of the two contacts was deleted for good.</source>
        <translation>La fusion ne peut plus être annulée : l’un des deux contacts a été supprimé définitivement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The merge can no longer be undone: the merged contact was restored or changed since.</source>
        <translation>La fusion ne peut plus être annulée : le contact fusionné a été restauré ou modifié depuis.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactmergerchoices.cpp" line="+43"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactmergerrows.cpp" line="+62"/>
        <source>The contacts could not be merged: %1</source>
        <translation>Les contacts n’ont pas pu être fusionnés : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no contact with id %1.</source>
        <translation>Il n’y a aucun contact avec l’identifiant %1.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../core/contacts/contactrepository.cpp" line="+24"/>
        <location filename="../core/contacts/contactrows.cpp" line="+19"/>
        <source>The contact could not be saved: %1</source>
        <translation>Le contact n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no contact with id %1.</source>
        <translation>Il n’y a aucun contact avec l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The contact could not be read: %1</source>
        <translation>Le contact n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <location filename="../core/contacts/contactvalidation.cpp" line="+103"/>
        <source>A company needs a name.</source>
        <translation>Une entreprise doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../core/contacts/contactvalidation.cpp" line="+4"/>
        <source>A contact needs a first or last name.</source>
        <translation>Un contact doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid email address.</source>
        <translation>« %1 » n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>« %1 » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birthday is not a valid date.</source>
        <translation>La date d’anniversaire n’est pas valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The company (id %1) does not exist.</source>
        <translation>L’entreprise (identifiant %1) n’existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact %1 is not a company.</source>
        <translation>Le contact %1 n’est pas une entreprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact cannot belong to itself.</source>
        <translation>Un contact ne peut pas être rattaché à lui-même.</translation>
    </message>
</context>
<context>
    <name>ContactRowMapper</name>
    <message>
        <location filename="../core/import/mapping/contactrowmapper.cpp" line="+197"/>
        <source>Row %1 has %2 cells but the header has %3: its values would be shifted into the wrong columns.</source>
        <translation>La ligne %1 a %2 cellules mais l’en-tête en a %3 : ses valeurs seraient décalées dans les mauvaises colonnes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 has %2 cells but the header has %3: the missing cells are read as empty.</source>
        <translation>La ligne %1 a %2 cellules mais l’en-tête en a %3 : les cellules manquantes sont lues comme vides.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Row %1: “%2” in %3 is not a figure; it was kept in the notes.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans %3 n’est pas un montant ; la valeur a été conservée dans les notes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+262"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a valid e-mail address; it was left out.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas une adresse e-mail valide ; elle a été omise.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a phone number; it was left out.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas un numéro de téléphone ; il a été omis.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a date; the birthday was left empty.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas une date ; l’anniversaire a été laissé vide.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Row %1: &quot;%2&quot; in column %3 is neither yes nor no; consent was left unknown.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est ni oui ni non ; le consentement reste inconnu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a date.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas une date.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>External ID</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row %1: the birthday columns (%2) do not make a date; the birthday was left empty.</source>
        <translation>Ligne %1 : les colonnes d’anniversaire (%2) ne forment pas une date ; l’anniversaire a été laissé vide.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Row %1 has no name, no e-mail address and no phone number.</source>
        <translation>La ligne %1 n’a ni nom, ni adresse e-mail, ni numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has no name: the contact is called &quot;%2&quot; after its e-mail address until a name is typed.</source>
        <translation>La ligne %1 n’a pas de nom : le contact s’appelle «&#xa0;%2&#xa0;», d’après son adresse e-mail, jusqu’à ce qu’un nom soit saisi.</translation>
    </message>
</context>
<context>
    <name>ContactSearch</name>
    <message>
        <location filename="../core/search/contactsearch.cpp" line="+58"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ContactTagging</name>
    <message>
        <location filename="../core/contacts/contacttagging.cpp" line="+23"/>
        <source>The tags could not be saved: %1</source>
        <translation>Les étiquettes n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The tag “%1” could not be created.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’a pas pu être créée.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The tag “%1” no longer exists.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <location filename="../core/contacts/contacttimeline.cpp" line="+71"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The timeline could not be read</source>
        <translation>L’historique n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/import/readers/csvreader.cpp" line="+160"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>Le fichier %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The delimiter &quot;%1&quot; is not supported: use a comma, a semicolon, a tab or a pipe.</source>
        <translation>Le séparateur «&#xa0;%1&#xa0;» n’est pas pris en charge : utilisez une virgule, un point-virgule, une tabulation ou une barre verticale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encoding &quot;%1&quot; is not supported: use utf-8, utf-16 or windows-1252.</source>
        <translation>L’encodage «&#xa0;%1&#xa0;» n’est pas pris en charge : utilisez utf-8, utf-16 ou windows-1252.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The file %1 could not be read: %2</source>
        <translation>Le fichier %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Line %1 has bytes that are not valid %2 text, shown as �: if names look wrong, choose another encoding.</source>
        <translation>La ligne %1 contient des octets qui ne sont pas du texte %2 valide, affichés comme � : si des noms semblent incorrects, choisissez un autre encodage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record starting on line %1 is longer than %2 characters (is a quote left open?) and was not imported.</source>
        <translation>L’enregistrement commençant à la ligne %1 dépasse %2 caractères (un guillemet est-il resté ouvert ?) et n’a pas été importé.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The quote opened on line %1 is never closed: the record starting on line %2 runs to the end of the file and was not imported.</source>
        <translation>Le guillemet ouvert à la ligne %1 n’est jamais fermé : l’enregistrement commençant à la ligne %2 va jusqu’à la fin du fichier et n’a pas été importé.</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <location filename="../core/customfields/customfieldrepository.cpp" line="+22"/>
        <source>The custom field could not be saved: %1</source>
        <translation>Le champ personnalisé n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: &apos;%2&apos; is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>%1 : « %2 » n’est pas une date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &apos;%2&apos; is not yes or no.</source>
        <translation>%1 : « %2 » n’est ni oui ni non (yes ou no).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not one of the choices (%3).</source>
        <translation>%1 : « %2 » ne fait pas partie des choix possibles (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+41"/>
        <source>A custom field needs a name.</source>
        <translation>Un champ personnalisé doit avoir un nom.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>A choice field needs at least one choice.</source>
        <translation>Un champ à choix doit proposer au moins un choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>There is already a field called %1.</source>
        <translation>Il existe déjà un champ nommé %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+21"/>
        <source>There is no custom field with id %1.</source>
        <translation>Il n’y a aucun champ personnalisé avec l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no custom field called %1.</source>
        <translation>Il n’y a aucun champ personnalisé nommé %1.</translation>
    </message>
</context>
<context>
    <name>DashboardAnalytics</name>
    <message>
        <location filename="../core/analytics/dashboardanalytics.cpp" line="+25"/>
        <source>The dashboard figures could not be computed: %1</source>
        <translation>Les chiffres du tableau de bord n’ont pas pu être calculés : %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="+103"/>
        <location line="+87"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message numerus="yes">
        <location line="-71"/>
        <location line="+94"/>
        <source>%1: %2 from %n order(s)</source>
        <translation>
            <numerusform>%1 : %2 pour %n commande</numerusform>
            <numerusform>%1 : %2 pour %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+44"/>
        <source>No orders in the last 12 months yet</source>
        <translation>Aucune commande au cours des 12 derniers mois</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>No customer orders in the last 12 months yet</source>
        <translation>Aucune commande client au cours des 12 derniers mois</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/db/database.cpp" line="+51"/>
        <source>The database could not be prepared (%1): %2</source>
        <translation>La base de données n’a pas pu être préparée (%1) : %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 is already open in another Clientele window or program (process %2 on %3). Close it there first, or open this one read-only.</source>
        <translation>La base de données %1 est déjà ouverte dans une autre fenêtre de Clientele ou un autre programme (processus %2 sur %3). Fermez-la d’abord là-bas, ou ouvrez-la ici en lecture seule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lock file beside the database %1 could not be created; check that the folder is writable.</source>
        <translation>Le fichier de verrou à côté de la base de données %1 n’a pas pu être créé ; vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base de données %1 n’a pas pu être ouverte : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 could not be opened as a Clientele database: %2</source>
        <translation>Le fichier %1 n’a pas pu être ouvert comme base de données Clientele : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is not a Clientele database, or it is damaged.</source>
        <translation>Le fichier %1 n’est pas une base de données Clientele, ou il est endommagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 has schema version %2 but this Clientele needs %3; it cannot be opened read-only.</source>
        <translation>La base de données %1 est en version de schéma %2, mais cette version de Clientele nécessite la version %3 ; elle ne peut pas être ouverte en lecture seule.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../core/db/databasecheck.cpp" line="+21"/>
        <source>The integrity check could not run: %1</source>
        <translation>La vérification d’intégrité n’a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integrity check: %1</source>
        <translation>vérification d’intégrité : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The foreign key check could not run: %1</source>
        <translation>La vérification des clés étrangères n’a pas pu être effectuée : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table %1 row %2 refers to missing %3</source>
        <translation>table %1, ligne %2 : référence à un enregistrement manquant dans %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (column %1)</source>
        <translation> (colonne %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>... and %1 more rows that refer to missing records</source>
        <translation>... et %1 autres lignes qui font référence à des enregistrements manquants</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search index could not be read: %1</source>
        <translation>L’index de recherche n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search index has %1 entries but there are %2 contacts.</source>
        <translation>L’index de recherche contient %1 entrées, mais il y a %2 contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts are missing from the search index.</source>
        <translation>%1 contacts manquent dans l’index de recherche.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The schema version is %1 but this Clientele expects %2.</source>
        <translation>La version du schéma est %1, mais cette version de Clientele attend la version %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../ui/common/databaseopener.cpp" line="+30"/>
        <source>Database in use</source>
        <translation>Base de données en cours d’utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only lets you look things up while the other window keeps working; nothing can be changed until you open the file normally again.</source>
        <translation>En lecture seule, vous pouvez consulter les données pendant que l’autre fenêtre continue de travailler ; rien ne peut être modifié avant de rouvrir le fichier normalement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Database from a newer Clientele</source>
        <translation>Base de données d’une version plus récente de Clientele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 was saved by a newer version of Clientele and cannot be opened by this one.</source>
        <translation>La base de données %1 a été enregistrée par une version plus récente de Clientele et ne peut pas être ouverte par celle-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer Clientele to open it. The file has not been changed.</source>
        <translation>Installez la version plus récente de Clientele pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Deal</name>
    <message>
        <location filename="../core/pipeline/deal.cpp" line="+34"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>DocumentLayout</name>
    <message>
        <location filename="../documents/documenthtml.cpp" line="+73"/>
        <source>Tax ID: %1</source>
        <translation>N° TVA : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of issue</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels invoice</source>
        <translation>Annule la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment due</source>
        <translation>Paiement dû le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Included tax %1 on %2</source>
        <translation>Taxe incluse %1 sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax %1 on %2</source>
        <translation>Taxe %1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other tax</source>
        <translation>Autre taxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <location filename="../documents/documentprinter.cpp" line="+53"/>
        <location line="+12"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/contacts/duplicatefinder.cpp" line="+57"/>
        <source>Duplicates could not be searched: %1</source>
        <translation>La recherche de doublons a échoué : %1</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>same email %1</source>
        <translation>même e-mail %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same phone %1</source>
        <translation>même téléphone %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>similar names at %1</source>
        <translation>noms similaires chez %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar names in %1</source>
        <translation>noms similaires à %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A contact cannot be a duplicate of itself.</source>
        <translation>Un contact ne peut pas être un doublon de lui-même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The pair could not be marked as different: %1</source>
        <translation>La paire n’a pas pu être marquée comme différente : %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../ui/contacts/duplicatesdialog.cpp" line="+34"/>
        <source>The database could not be read: %1</source>
        <translation>La base de données n’a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>FieldCombo</name>
    <message>
        <location filename="../ui/import/fieldcombo.cpp" line="+27"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line item</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/firstrun/firstrun.cpp" line="+23"/>
        <source>The sample bakery could not be set up: %1</source>
        <translation>La boulangerie d’exemple n’a pas pu être créée : %1</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <location filename="../core/followups/followuprepository.cpp" line="+37"/>
        <source>Please enter what to follow up on.</source>
        <translation>Veuillez indiquer l’objet de la relance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter when &quot;%1&quot; is due.</source>
        <translation>Veuillez indiquer l’échéance de « %1 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order of &quot;%1&quot; no longer exists.</source>
        <translation>La commande liée à « %1 » n’existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deal of &quot;%1&quot; no longer exists.</source>
        <translation>L’affaire liée à « %1 » n’existe plus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is already done.</source>
        <translation>La relance « %1 » est déjà terminée.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Please choose a time in the future to put &quot;%1&quot; off until.</source>
        <translation>Veuillez choisir une date future jusqu’à laquelle reporter « %1 ».</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+6"/>
        <location filename="../core/followups/followupstore.cpp" line="+176"/>
        <source>Follow-up %1 does not exist.</source>
        <translation>La relance %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/followups/followupstore.cpp" line="-31"/>
        <location line="+16"/>
        <source>Could not save the follow-up &quot;%1&quot;</source>
        <translation>Impossible d’enregistrer la relance « %1 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read follow-up %1</source>
        <translation>Impossible de lire la relance %1</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <location filename="../core/import/importbatchrepository.cpp" line="+81"/>
        <source>The import history could not be read: %1</source>
        <translation>L’historique des importations n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no import %1.</source>
        <translation>Il n’y a aucune importation %1.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../core/import/importfields.cpp" line="+87"/>
        <source>Custom field: %1</source>
        <translation>Champ personnalisé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second e-mail</source>
        <translation>Deuxième e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile phone</source>
        <translation>Téléphone mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street (second line)</source>
        <translation>Rue (deuxième ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: day of the month</source>
        <translation>Anniversaire : jour du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: month</source>
        <translation>Anniversaire : mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday: year</source>
        <translation>Anniversaire : année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail marketing consent</source>
        <translation>Consentement au marketing par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the other system</source>
        <translation>Identifiant dans l’autre système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone</source>
        <translation>Téléphone du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>Référence (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due or pickup date</source>
        <translation>Échéance ou date de retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../ui/import/filepage.cpp" line="+41"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: %1</source>
        <translation>Automatique : %1</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../ui/import/importfiles.cpp" line="+21"/>
        <source>Spreadsheets and contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf)</source>
        <translation>Tableurs et contacts (*.csv *.txt *.tsv *.xlsx *.ods *.vcf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import File</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delimited text (CSV)</source>
        <translation>Texte délimité (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>Feuille de calcul OpenDocument (.ods)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard address book (.vcf)</source>
        <translation>Carnet d’adresses vCard (.vcf)</translation>
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
        <translation>UTF-16 petit-boutiste (little-endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste (big-endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
</context>
<context>
    <name>ImportPresetRepository</name>
    <message>
        <location filename="../core/import/importpresetrepository.cpp" line="+35"/>
        <source>The import presets could not be saved or read: %1</source>
        <translation>Les modèles d’importation n’ont pas pu être enregistrés ou lus : %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A preset needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Colonne «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no import preset named &quot;%1&quot;.</source>
        <translation>Il n’y a aucun modèle d’importation nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../core/import/importreport.cpp" line="+62"/>
        <location line="+8"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n’a pas pu être écrit dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportSnapshot</name>
    <message>
        <location filename="../core/import/writing/importsnapshot.cpp" line="+65"/>
        <source>The contact could not be saved for undo: %1</source>
        <translation>Le contact n’a pas pu être sauvegardé en vue de l’annulation : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Contact %1 does not exist.</source>
        <translation>Le contact %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <location filename="../ui/import/importundo.cpp" line="+20"/>
        <location line="+35"/>
        <source>Undo Import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Undo the import of %1?</source>
        <translation>Annuler l’importation de %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts and orders it created are deleted, and the contacts it changed get their earlier values back. Changes made since then to those records are lost.</source>
        <translation>Les contacts et commandes qu’elle a créés sont supprimés, et les contacts qu’elle a modifiés retrouvent leurs anciennes valeurs. Les modifications apportées depuis à ces enregistrements sont perdues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undoing the import…</source>
        <translation>Annulation de l’importation…</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../core/import/writing/contactinserter.cpp" line="+21"/>
        <source>The contact could not be saved: %1</source>
        <translation>Le contact n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The import could not be prepared: %1</source>
        <translation>L’importation n’a pas pu être préparée : %1</translation>
    </message>
    <message>
        <location filename="../core/import/importsource.cpp" line="+47"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a vCard file: it holds contacts, not orders.</source>
        <translation>%1 est un fichier vCard : il contient des contacts, pas des commandes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file %1 has no rows to import.</source>
        <translation>Le fichier %1 ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Row %1 repeats the header row (were two files pasted together?); it was skipped.</source>
        <translation>La ligne %1 répète la ligne d’en-tête (deux fichiers ont-ils été collés l’un à la suite de l’autre ?) ; elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/import/mapping/contentmapping.cpp" line="+112"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column &quot;%1&quot; was not imported (cells with data left out: %2). Map it to a field, a custom field or the notes to keep them.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n’a pas été importée (cellules remplies omises : %2). Associez-la à un champ, à un champ personnalisé ou aux notes pour conserver ces données.</translation>
    </message>
    <message>
        <location filename="../core/import/importer.cpp" line="+136"/>
        <source>No header row was found: the first row holds data, so every row was imported and the columns were matched by what they hold (e-mail addresses, phone numbers, names, dates).</source>
        <translation>Aucune ligne d’en-tête n’a été trouvée : la première ligne contient des données, donc toutes les lignes ont été importées et les colonnes ont été associées d’après leur contenu (adresses e-mail, numéros de téléphone, noms, dates).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a field. Valid fields: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ. Champs valides : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, or custom:NAME for a custom field</source>
        <translation>, ou custom:NAME pour un champ personnalisé</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The file has no column &quot;%1&quot;. Its columns are: %2.</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;». Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <location filename="../core/import/writing/importundo.cpp" line="+31"/>
        <source>Import %1 could not be undone: %2</source>
        <translation>L’importation %1 n’a pas pu être annulée : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no import %1.</source>
        <translation>Il n’y a aucune importation %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1 was already undone on %2.</source>
        <translation>L’importation %1 a déjà été annulée le %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import %1 did not finish, so there is nothing to undo.</source>
        <translation>L’importation %1 n’a pas abouti : il n’y a donc rien à annuler.</translation>
    </message>
    <message>
        <location filename="../core/import/writing/importwriter.cpp" line="+34"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The import could not be started</source>
        <translation>L’importation n’a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>The existing contacts could not be read</source>
        <translation>Les contacts existants n’ont pas pu être lus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The existing companies could not be read</source>
        <translation>Les entreprises existantes n’ont pas pu être lues</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The existing orders could not be read</source>
        <translation>Les commandes existantes n’ont pas pu être lues</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import could not record its changes</source>
        <translation>L’importation n’a pas pu enregistrer ses modifications</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Possible duplicate of row %1 (same phone, another name): both were imported; Find Duplicates lists the pair.</source>
        <translation>Doublon possible de la ligne %1 (même téléphone, autre nom) : les deux ont été importées ; «&#xa0;Rechercher les doublons&#xa0;» affiche la paire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate of contact %1 (same phone, another name): both are kept; Find Duplicates lists the pair.</source>
        <translation>Doublon possible du contact %1 (même téléphone, autre nom) : les deux sont conservés ; «&#xa0;Rechercher les doublons&#xa0;» affiche la paire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already in the book as contact %1 (same %2); skipped.</source>
        <translation>Déjà dans le carnet comme contact %1 (correspondance : %2) ; ignoré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Same person (same %1) as an earlier row, contact %2; nothing new to add.</source>
        <translation>Même personne (correspondance : %1) qu’une ligne précédente, contact %2 ; rien de nouveau à ajouter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the book as contact %1 (same %2); nothing new to add.</source>
        <translation>Déjà dans le carnet comme contact %1 (correspondance : %2) ; rien de nouveau à ajouter.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Same person (same %1) as an earlier row: merged into contact %2.</source>
        <translation>Même personne (correspondance : %1) qu’une ligne précédente : fusionnée dans le contact %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched contact %1 (same %2): overwritten with the file&apos;s values.</source>
        <translation>Contact %1 trouvé (correspondance : %2) : remplacé par les valeurs du fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched contact %1 (same %2): empty fields filled in.</source>
        <translation>Contact %1 trouvé (correspondance : %2) : champs vides complétés.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The customer could not be added (%1); the order is stored without a customer.</source>
        <translation>Le client n’a pas pu être ajouté (%1) ; la commande est enregistrée sans client.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New customer: contact %1 (%2) was created for this order.</source>
        <translation>Nouveau client : le contact %1 (%2) a été créé pour cette commande.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 is already in the book; skipped.</source>
        <translation>La commande %1 est déjà dans le carnet ; ignorée.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+30"/>
        <source>The import could not be finished</source>
        <translation>L’importation n’a pas pu être terminée</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <location filename="../core/invoices/invoicerepository.cpp" line="+56"/>
        <location line="+88"/>
        <source>Could not read the invoice</source>
        <translation>Impossible de lire la facture</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Order %1 is in the trash: restore it before invoicing it.</source>
        <translation>La commande %1 est dans la corbeille : restaurez-la avant de la facturer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is a draft: confirm it before invoicing it.</source>
        <translation>La commande %1 est un brouillon : confirmez-la avant de la facturer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is cancelled and cannot be invoiced.</source>
        <translation>La commande %1 est annulée et ne peut pas être facturée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 already has the invoice %2: issue a credit note to correct it.</source>
        <translation>La commande %1 a déjà la facture %2 : émettez un avoir pour la corriger.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a credit note: only an invoice can be credited.</source>
        <translation>%1 est un avoir : seule une facture peut être créditée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The invoice %1 is already credited by %2.</source>
        <translation>La facture %1 est déjà annulée par l’avoir %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not store the invoice %1</source>
        <translation>Impossible d’enregistrer la facture %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoice with id %1</source>
        <translation>Aucune facture avec l’identifiant %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No invoice with number %1</source>
        <translation>Aucune facture avec le numéro %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>Could not read the invoices</source>
        <translation>Impossible de lire les factures</translation>
    </message>
</context>
<context>
    <name>IssueInvoiceCommand</name>
    <message>
        <location filename="../ui/orders/issueinvoicecommand.cpp" line="+24"/>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issue invoice %1</source>
        <translation>Émettre la facture %1</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <location filename="../ui/contacts/mergecommand.cpp" line="+21"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message numerus="yes">
        <location filename="../core/contacts/contactmergerchoices.cpp" line="+139"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n email(s), phone(s) or website(s)</source>
        <translation>
            <numerusform>%n e-mail, téléphone ou site web</numerusform>
            <numerusform>%n e-mails, téléphones ou sites web</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n custom field value(s)</source>
        <translation>
            <numerusform>%n valeur de champ personnalisé</numerusform>
            <numerusform>%n valeurs de champs personnalisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s) of the company</source>
        <translation>
            <numerusform>%n membre de l’entreprise</numerusform>
            <numerusform>%n membres de l’entreprise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/db/migrator.cpp" line="+61"/>
        <source>Could not check schema version %1: %2</source>
        <translation>Impossible de vérifier la version de schéma %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updating the database to schema version %1 (%2) would leave a record in %3 pointing at one that does not exist, so nothing was changed.</source>
        <translation>La mise à jour de la base vers la version de schéma %1 (%2) laisserait dans %3 un enregistrement pointant vers un autre qui n’existe pas ; rien n’a donc été modifié.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The safety copy %1 could not be replaced, so the database was not updated.</source>
        <translation>La copie de sécurité %1 n’a pas pu être remplacée, la base de données n’a donc pas été mise à jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A safety copy of the database could not be written to %1, so the database was not updated: %2</source>
        <translation>Une copie de sécurité de la base de données n’a pas pu être écrite dans %1, la base de données n’a donc pas été mise à jour : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read as a database: %1</source>
        <translation>Le fichier n’a pas pu être lu comme base de données : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was made by a newer version of Clientele (schema version %1; this version understands up to %2). It was left untouched: please update Clientele.</source>
        <translation>Cette base de données a été créée par une version plus récente de Clientele (version de schéma %1 ; cette version comprend jusqu’à la version %2). Elle n’a pas été modifiée : veuillez mettre à jour Clientele.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Updating the database to schema version %1 (%2) failed, and nothing was changed: %3</source>
        <translation>La mise à jour de la base de données vers la version de schéma %1 (%2) a échoué, et rien n’a été modifié : %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Could not record schema version %1: %2</source>
        <translation>Impossible d’enregistrer la version de schéma %1 : %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/common/money.cpp" line="+185"/>
        <source>a number is missing</source>
        <translation>il manque un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a plain number such as 12.50 (digits and a decimal point only: no thousands separators, comma, sign or exponent)</source>
        <translation>%1 n’est pas un nombre simple comme 12.50 (des chiffres et un point décimal seulement : ni séparateur de milliers, ni virgule, ni signe, ni exposant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a plain whole number such as 12 (digits only: no thousands separators, sign or exponent)</source>
        <translation>%1 n’est pas un nombre entier simple comme 12 (des chiffres seulement : ni séparateur de milliers, ni signe, ni exposant)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be more than zero</source>
        <translation>%1 doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be negative</source>
        <translation>%1 ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large</source>
        <translation>%1 est trop grand</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 is not a number such as %2</source>
        <translation>%1 n’est pas un nombre comme %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+22"/>
        <source>%1 has more decimals than allowed (%2)</source>
        <translation>%1 a plus de décimales que permis (%2)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+27"/>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 a plus de décimales que %2 n’en permet (%3)</translation>
    </message>
</context>
<context>
    <name>OdsSource</name>
    <message>
        <location filename="../core/import/readers/odsreader.cpp" line="+61"/>
        <source>The sheet “%1” in “%2” cannot be read: %3.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» ne peut pas être lue : %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is an OpenDocument file but not a spreadsheet (%2).</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier OpenDocument, mais pas une feuille de calcul (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an OpenDocument spreadsheet: it has no content.xml.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une feuille de calcul OpenDocument : il n’a pas de content.xml.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is a damaged OpenDocument spreadsheet: %2 (content.xml, XML line %3).</source>
        <translation>«&#xa0;%1&#xa0;» est une feuille de calcul OpenDocument endommagée : %2 (content.xml, ligne XML %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet “%1” contains no sheets.</source>
        <translation>La feuille de calcul «&#xa0;%1&#xa0;» ne contient aucune feuille.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>The sheet “%1” in “%2” is damaged near row %3: %4.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est endommagée vers la ligne %3 : %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends inside a row</source>
        <translation>le fichier se termine au milieu d’une ligne</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../core/orders/order.cpp" line="+151"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpaid</source>
        <translation>Non payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <location filename="../ui/orders/ordercommands.cpp" line="+22"/>
        <source>Make order %1 a draft</source>
        <translation>Remettre la commande %1 en brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm order %1</source>
        <translation>Confirmer la commande %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 ready</source>
        <translation>Marquer la commande %1 prête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 collected</source>
        <translation>Marquer la commande %1 retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 delivered</source>
        <translation>Marquer la commande %1 livrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order for “%1”</source>
        <translation>Nouvelle commande pour « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit order %1</source>
        <translation>Modifier la commande %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Refund of %1 on order %2</source>
        <translation>Remboursement de %1 sur la commande %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 on order %2</source>
        <translation>Paiement de %1 sur la commande %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move order %1 to the trash</source>
        <translation>Mettre la commande %1 à la corbeille</translation>
    </message>
</context>
<context>
    <name>OrderDocument</name>
    <message>
        <location filename="../core/invoices/orderdocument.cpp" line="+74"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order slip</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the customer</source>
        <translation>Impossible de lire le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer %1 does not exist.</source>
        <translation>Le client %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The stored document is damaged (unknown kind).</source>
        <translation>Le document enregistré est endommagé (type inconnu).</translation>
    </message>
</context>
<context>
    <name>OrderNumbering</name>
    <message>
        <location filename="../core/orders/ordernumbering.cpp" line="+45"/>
        <source>Could not read the order numbers</source>
        <translation>Impossible de lire les numéros de commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>The book has no number sequence for %1.</source>
        <translation>Le carnet n’a pas de séquence de numéros pour %1.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The next number must be 1 or more.</source>
        <translation>Le prochain numéro doit être supérieur ou égal à 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A number has between 0 and 12 digits.</source>
        <translation>Un numéro a entre 0 et 12 chiffres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the order numbers</source>
        <translation>Impossible d’enregistrer les numéros de commande</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An order number can only be taken inside a transaction.</source>
        <translation>Un numéro de commande ne peut être attribué qu’à l’intérieur d’une transaction.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not take the next order number</source>
        <translation>Impossible d’attribuer le prochain numéro de commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not check the order number</source>
        <translation>Impossible de vérifier le numéro de commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next %1 numbers are all taken: please change the next number in the settings.</source>
        <translation>Les %1 prochains numéros sont tous pris : veuillez changer le prochain numéro dans les réglages.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/orders/orderrepository.cpp" line="+73"/>
        <source>Could not read the product&apos;s tax rate</source>
        <translation>Impossible de lire le taux de TVA du produit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1 is cancelled; it cannot become %2 again.</source>
        <translation>La commande %1 est annulée ; elle ne peut pas redevenir « %2 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is already %2; it cannot become %3.</source>
        <translation>La commande %1 est déjà « %2 » ; elle ne peut pas devenir « %3 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is %2; an order moves forward only, so it cannot go back to %3.</source>
        <translation>La commande %1 est « %2 » ; une commande ne fait qu’avancer, elle ne peut donc pas revenir à « %3 ».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 needs a description or a product.</source>
        <translation>La ligne %1 doit avoir une description ou un produit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the quantity cannot be negative.</source>
        <translation>Ligne %1 : la quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the price cannot be negative.</source>
        <translation>Ligne %1 : le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the tax rate must be between 0 and 100 %.</source>
        <translation>Ligne %1 : le taux de taxe doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: the product no longer exists.</source>
        <translation>Ligne %1 : le produit n’existe plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The discount cannot be negative.</source>
        <translation>La remise ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tax cannot be negative.</source>
        <translation>La taxe ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit cannot be negative.</source>
        <translation>L’acompte ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A due time needs a due date.</source>
        <translation>Une heure d’échéance nécessite une date d’échéance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the address to deliver the order to.</source>
        <translation>Veuillez saisir l’adresse de livraison de la commande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The deposit (%1) is more than the total (%2).</source>
        <translation>L’acompte (%1) dépasse le total (%2).</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1 has been paid, more than the new total (%2): record a refund first.</source>
        <translation>%1 a été payé, plus que le nouveau total (%2) : enregistrez d’abord un remboursement.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Order %1 is now %2, so its move to %3 cannot be undone.</source>
        <translation>La commande %1 est maintenant %2 : son passage à %3 ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>The paid amount cannot be negative.</source>
        <translation>Le montant payé ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The paid amount (%1) is more than the total (%2).</source>
        <translation>Le montant payé (%1) dépasse le total (%2).</translation>
    </message>
    <message>
        <location filename="../core/orders/orderpayments.cpp" line="+76"/>
        <source>Could not save the payment</source>
        <translation>Impossible d’enregistrer le paiement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read payment %1</source>
        <translation>Impossible de lire le paiement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment %1 does not exist.</source>
        <translation>Le paiement %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the payments of order %1</source>
        <translation>Impossible de lire les paiements de la commande %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change payment %1</source>
        <translation>Impossible de modifier le paiement %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not add up the payments of order %1</source>
        <translation>Impossible d’additionner les paiements de la commande %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That would refund more than was paid for order %1 (%2).</source>
        <translation>Cela rembourserait plus que ce qui a été payé pour la commande %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment is more than the %1 still open on order %2.</source>
        <translation>Le paiement dépasse les %1 encore dus sur la commande %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 is in the trash.</source>
        <translation>La commande %1 est dans la corbeille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is in %1 but order %2 is in %3.</source>
        <translation>Le paiement est en %1, mais la commande %2 est en %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the amount paid.</source>
        <translation>Veuillez saisir le montant payé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment is too large.</source>
        <translation>Le paiement est trop élevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment (%1) is more than the %2 still open on order %3.</source>
        <translation>Le paiement (%1) dépasse les %2 restant à payer sur la commande %3.</translation>
    </message>
    <message>
        <location filename="../core/orders/orderrepository.cpp" line="+150"/>
        <location line="+6"/>
        <location filename="../core/orders/orderstore.cpp" line="+158"/>
        <source>Order %1 does not exist.</source>
        <translation>La commande %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/orders/orderstore.cpp" line="-102"/>
        <source>Could not check the order number</source>
        <translation>Impossible de vérifier le numéro de commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already an invoice number %1.</source>
        <translation>Il existe déjà une facture numéro %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an order number %1.</source>
        <translation>Il existe déjà une commande numéro %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+20"/>
        <source>Could not save order %1</source>
        <translation>Impossible d’enregistrer la commande %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save the lines of order %1</source>
        <translation>Impossible d’enregistrer les lignes de la commande %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save line %1 of order %2</source>
        <translation>Impossible d’enregistrer la ligne %1 de la commande %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read order %1</source>
        <translation>Impossible de lire la commande %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not read the lines of order %1</source>
        <translation>Impossible de lire les lignes de la commande %1</translation>
    </message>
    <message>
        <location filename="../core/orders/orderqueries.cpp" line="+217"/>
        <source>Could not look up order %1</source>
        <translation>Impossible de rechercher la commande %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no order number %1.</source>
        <translation>Il n’y a pas de commande numéro %1.</translation>
    </message>
</context>
<context>
    <name>OrderRowMapper</name>
    <message>
        <location filename="../core/import/mapping/orderrowmapper.cpp" line="+174"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not an amount; it was read as 0.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas un montant ; il a été lu comme 0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1 has %2 cells but the header has %3: its values would be shifted into the wrong columns.</source>
        <translation>La ligne %1 a %2 cellules mais l’en-tête en a %3 : ses valeurs seraient décalées dans les mauvaises colonnes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 has %2 cells but the header has %3: the missing cells are read as empty.</source>
        <translation>La ligne %1 a %2 cellules mais l’en-tête en a %3 : les cellules manquantes sont lues comme vides.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row %1 has no order number.</source>
        <translation>La ligne %1 n’a pas de numéro de commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 (order %2) has no order date.</source>
        <translation>La ligne %1 (commande %2) n’a pas de date de commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+150"/>
        <location line="+40"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a date.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas une date.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a quantity; it was read as 1.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas une quantité ; elle a été lue comme 1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1: the amounts of order %2 are too large.</source>
        <translation>Ligne %1 : les montants de la commande %2 sont trop élevés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: the line total %2 is not quantity × price (%3).</source>
        <translation>Ligne %1 : le total de la ligne, %2, n’est pas égal à quantité × prix (%3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order items</source>
        <translation>Articles de la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1: the file&apos;s total %2 differs from the total of its lines, discount and tax (%3).</source>
        <translation>Commande %1 : le total du fichier, %2, diffère du total de ses lignes, remise et taxe comprises (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not an order status Clientele knows; the order is confirmed.</source>
        <translation>Ligne %1 : « %2 » dans la colonne %3 n’est pas un statut de commande connu de Clientele ; la commande est considérée comme confirmée.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a payment status Clientele knows; the order is unpaid.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas un statut de paiement connu de Clientele ; la commande est non payée.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Row %1: &quot;%2&quot; in column %3 is not a valid e-mail address; it was left out.</source>
        <translation>Ligne %1 : «&#xa0;%2&#xa0;» dans la colonne %3 n’est pas une adresse e-mail valide ; elle a été omise.</translation>
    </message>
</context>
<context>
    <name>OrderTotals</name>
    <message>
        <location filename="../core/orders/ordertotals.cpp" line="+27"/>
        <source>The order total is too large.</source>
        <translation>Le total de la commande est trop élevé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line total is too large.</source>
        <translation>Le total des lignes est trop élevé.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Line %1: the amount is too large.</source>
        <translation>Ligne %1 : le montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: a discount is between 0 and 100 %.</source>
        <translation>Ligne %1 : une remise est comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: the discount is more than the line&apos;s amount.</source>
        <translation>Ligne %1 : la remise dépasse le montant de la ligne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The order&apos;s discount is between 0 and 100 %.</source>
        <translation>La remise de la commande est comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The discount (%1) is more than the subtotal (%2).</source>
        <translation>La remise (%1) dépasse le sous-total (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1: a tax rate is between 0 and 100 %.</source>
        <translation>Ligne %1 : un taux de TVA est compris entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <location filename="../core/pipeline/pipelinestages.cpp" line="+43"/>
        <source>Please enter a name for the stage.</source>
        <translation>Veuillez saisir un nom pour l’étape.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a stage called &quot;%1&quot;.</source>
        <translation>Il existe déjà une étape nommée « %1 ».</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+62"/>
        <source>Could not save the stage &quot;%1&quot;</source>
        <translation>Impossible d’enregistrer l’étape « %1 »</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The new order must list every stage exactly once.</source>
        <translation>Le nouvel ordre doit contenir chaque étape exactement une fois.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not check the deals of the stage &quot;%1&quot;</source>
        <translation>Impossible de vérifier les affaires de l’étape « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The stage &quot;%1&quot; still has %n open deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>L’étape « %1 » contient encore %n affaire en cours. Déplacez-la d’abord vers une autre étape.</numerusform>
            <numerusform>L’étape « %1 » contient encore %n affaires en cours. Déplacez-les d’abord vers une autre étape.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Could not remove the stage &quot;%1&quot;</source>
        <translation>Impossible de supprimer l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../core/pipeline/dealstore.cpp" line="+77"/>
        <location line="+16"/>
        <source>Could not save the deal &quot;%1&quot;</source>
        <translation>Impossible d’enregistrer l’affaire « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read deal %1</source>
        <translation>Impossible de lire l’affaire %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/pipeline/pipelinerepository.cpp" line="+281"/>
        <location line="+35"/>
        <source>Deal %1 does not exist.</source>
        <translation>L’affaire %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not read pipeline stage %1</source>
        <translation>Impossible de lire l’étape de pipeline %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline stage %1 does not exist.</source>
        <translation>L’étape de pipeline %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not place the deal in its stage</source>
        <translation>Impossible de placer l’affaire dans son étape</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the deals of the stage</source>
        <translation>Impossible de lire les affaires de l’étape</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not reorder the deals</source>
        <translation>Impossible de réordonner les affaires</translation>
    </message>
    <message>
        <location filename="../core/pipeline/pipelinerepository.cpp" line="-283"/>
        <source>Please enter a title for the deal.</source>
        <translation>Veuillez saisir un titre pour l’affaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of &quot;%1&quot; cannot be negative.</source>
        <translation>La valeur de « %1 » ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/pipeline/pipelinestages.cpp" line="-208"/>
        <source>The probability must be from 0 to 100 percent.</source>
        <translation>La probabilité doit être comprise entre 0 et 100 pour cent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>Please say why &quot;%1&quot; was lost.</source>
        <translation>Veuillez indiquer pourquoi l’affaire « %1 » a été perdue.</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+51"/>
        <source>The pipeline stage of &quot;%1&quot; no longer exists.</source>
        <translation>L’étape de pipeline de « %1 » n’existe plus.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+163"/>
        <location line="+39"/>
        <source>There is no pipeline stage to put the deal in. Add a stage first.</source>
        <translation>Il n’y a aucune étape de pipeline où placer l’affaire. Ajoutez d’abord une étape.</translation>
    </message>
</context>
<context>
    <name>ProductCommands</name>
    <message>
        <location filename="../ui/products/productcommands.cpp" line="+23"/>
        <source>New product “%1”</source>
        <translation>Nouveau produit « %1 »</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Archive product “%1”</source>
        <translation>Archiver le produit « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back product “%1”</source>
        <translation>Proposer de nouveau le produit « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit product “%1”</source>
        <translation>Modifier le produit « %1 »</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../core/products/productrepository.cpp" line="+91"/>
        <source>Please enter a name for the product.</source>
        <translation>Veuillez saisir un nom pour le produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of &quot;%1&quot; cannot be negative.</source>
        <translation>Le prix de « %1 » ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tax rate of &quot;%1&quot; must be between 0 and 100 %.</source>
        <translation>Le taux de taxe de « %1 » doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>Could not save the product &quot;%1&quot;</source>
        <translation>Impossible d’enregistrer le produit « %1 »</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Could not read product %1</source>
        <translation>Impossible de lire le produit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <location line="+6"/>
        <source>Product %1 does not exist.</source>
        <translation>Le produit %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <location filename="../core/followups/recurrence.cpp" line="+30"/>
        <source>The repeat rule is empty.</source>
        <translation>La règle de répétition est vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The repeat rule &quot;%1&quot; is not understood: &quot;%2&quot; has no value.</source>
        <translation>La règle de répétition « %1 » n’est pas comprise : « %2 » n’a pas de valeur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow-ups can repeat daily, weekly, monthly or yearly, not &quot;%1&quot;.</source>
        <translation>Les relances peuvent se répéter chaque jour, chaque semaine, chaque mois ou chaque année, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The repeat interval must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>L’intervalle de répétition doit être un nombre entier de 1 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day of the month must be from 1 to 31, not &quot;%1&quot;.</source>
        <translation>Le jour du mois doit être compris entre 1 et 31, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repeat rule &quot;%1&quot; is not supported: &quot;%2&quot;.</source>
        <translation>La règle de répétition « %1 » n’est pas prise en charge : « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repeat rule &quot;%1&quot; does not say how often (FREQ=...).</source>
        <translation>La règle de répétition « %1 » n’indique pas la fréquence (FREQ=...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day of the month only applies to monthly or yearly repeats.</source>
        <translation>Un jour du mois ne s’applique qu’aux répétitions mensuelles ou annuelles.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 days</source>
        <translation>Tous les %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 weeks</source>
        <translation>Toutes les %1 semaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 months</source>
        <translation>Tous les %1 mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 years</source>
        <translation>Tous les %1 ans</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../core/common/repositorysupport.cpp" line="+53"/>
        <source>The currency &quot;%1&quot; is not a three-letter code such as EUR or USD.</source>
        <translation>La devise « %1 » n’est pas un code à trois lettres comme EUR ou USD.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The chosen customer is in the trash. Restore them first.</source>
        <translation>Le client choisi est dans la corbeille. Restaurez-le d’abord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen customer does not exist (any more).</source>
        <translation>Le client choisi n’existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not look up the customer.</source>
        <translation>Impossible de retrouver le client.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not move the record to the trash</source>
        <translation>Impossible de placer l’enregistrement dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore the record</source>
        <translation>Impossible de restaurer l’enregistrement</translation>
    </message>
</context>
<context>
    <name>RowSource</name>
    <message>
        <location filename="../core/import/readers/rowsource.cpp" line="+91"/>
        <source>The workbook %1 is password-protected, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear the password), save it, and import it again.</source>
        <translation>Le classeur %1 est protégé par un mot de passe et ne peut donc pas être lu. Ouvrez-le dans Excel, supprimez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, puis effacez le mot de passe), enregistrez-le et importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is an Office document of an older kind, not a spreadsheet or a text file. Export the customers from the program that made it as CSV or .xlsx, then import that file.</source>
        <translation>Le fichier %1 est un document Office d’un ancien type, et non une feuille de calcul ou un fichier texte. Exportez les clients depuis le programme qui l’a créé, au format CSV ou .xlsx, puis importez ce fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 is an Excel 97–2003 workbook (.xls), which cannot be read: open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that file.</source>
        <translation>Le fichier %1 est un classeur Excel 97–2003 (.xls), qui ne peut pas être lu : ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format .xlsx ou CSV, puis importez ce fichier.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 could not be opened: %2</source>
        <translation>Le fichier %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file %1 is a vCard file: it holds contact cards, not rows, and is read as vCard.</source>
        <translation>Le fichier %1 est un fichier vCard : il contient des fiches de contact, pas des lignes, et il est lu comme vCard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The format &quot;%1&quot; is not supported: use csv, xlsx, ods or vcf.</source>
        <translation>Le format «&#xa0;%1&#xa0;» n’est pas pris en charge : utilisez csv, xlsx, ods ou vcf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is a compressed (zip) file, not delimited text: unpack it, or import a workbook as xlsx or ods.</source>
        <translation>Le fichier %1 est un fichier compressé (zip), et non du texte délimité : décompressez-le, ou importez un classeur au format xlsx ou ods.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <location filename="../core/import/readers/spreadsheetreader.cpp" line="+17"/>
        <source>“%1” cannot be read as a spreadsheet of format “%2”: only xlsx and ods are spreadsheets.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une feuille de calcul au format «&#xa0;%2&#xa0;» : seuls xlsx et ods sont des feuilles de calcul.</translation>
    </message>
    <message>
        <location filename="../core/import/readers/xlsxworkbook.cpp" line="+147"/>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be read as a spreadsheet: it is not a valid zip archive (the file may be damaged or of another kind).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme une feuille de calcul : ce n’est pas une archive zip valide (le fichier est peut-être endommagé ou d’un autre type).</translation>
    </message>
</context>
<context>
    <name>TimelineFormat</name>
    <message>
        <location filename="../ui/contacts/contactdetailfields.cpp" line="+104"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+141"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+2"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+4"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contacts/timelineformat.cpp" line="-2"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>relative day, time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/db/transaction.cpp" line="+62"/>
        <source>Could not start a database transaction: %1</source>
        <translation>Impossible de démarrer une transaction de base de données : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the changes: %1</source>
        <translation>Impossible d’enregistrer les modifications : %1</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <location filename="../core/import/mapping/vcardcontact.cpp" line="+218"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card on line %1: &quot;%2&quot; is not a valid e-mail address; it was left out.</source>
        <translation>Fiche à la ligne %1 : «&#xa0;%2&#xa0;» n’est pas une adresse e-mail valide ; elle a été omise.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Card on line %1: &quot;%2&quot; is not a phone number; it was left out.</source>
        <translation>Fiche à la ligne %1 : «&#xa0;%2&#xa0;» n’est pas un numéro de téléphone ; il a été omis.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Card on line %1: &quot;%2&quot; is not a date; the birthday was left empty.</source>
        <translation>Fiche à la ligne %1 : «&#xa0;%2&#xa0;» n’est pas une date ; l’anniversaire a été laissé vide.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The card on line %1 has no name, e-mail address or phone number.</source>
        <translation>La fiche à la ligne %1 n’a ni nom, ni adresse e-mail, ni numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card on line %1 has no name: the contact is called &quot;%2&quot; after its e-mail address until a name is typed.</source>
        <translation>La fiche à la ligne %1 n’a pas de nom : le contact s’appelle «&#xa0;%2&#xa0;», d’après son adresse e-mail, jusqu’à ce qu’un nom soit saisi.</translation>
    </message>
    <message>
        <location filename="../core/import/readers/vcardreader.cpp" line="+244"/>
        <source>The vCard file “%1” cannot be read: %2.</source>
        <translation>Le fichier vCard «&#xa0;%1&#xa0;» ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown encoding “%1” for “%2”: use auto, utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation>Encodage inconnu «&#xa0;%1&#xa0;» pour «&#xa0;%2&#xa0;» : utilisez auto, utf-8, utf-16, utf-16le, utf-16be ou windows-1252.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a vCard file: it has no BEGIN:VCARD line near its start.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier vCard : il n’a pas de ligne BEGIN:VCARD près du début.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file contains no vCard: there is no BEGIN:VCARD line.</source>
        <translation>Le fichier ne contient aucune vCard : il n’y a pas de ligne BEGIN:VCARD.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1 is not inside a vCard (BEGIN:VCARD … END:VCARD); it was ignored.</source>
        <translation>La ligne %1 n’est pas à l’intérieur d’une vCard (BEGIN:VCARD … END:VCARD) ; elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card on line %1 has no END:VCARD: the file ends inside it (it may be cut short); what it holds was read.</source>
        <translation>La fiche à la ligne %1 n’a pas de END:VCARD : le fichier se termine en son milieu (il est peut-être tronqué) ; son contenu a été lu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The card on line %1 has no END:VCARD before the next card on line %2; what it holds was read.</source>
        <translation>La fiche à la ligne %1 n’a pas de END:VCARD avant la fiche suivante, à la ligne %2 ; son contenu a été lu.</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <location filename="../core/import/readers/xlsxworkbook.cpp" line="+22"/>
        <source>“%1” has no sheet named “%2”. Its sheets are: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de feuille nommée «&#xa0;%2&#xa0;». Ses feuilles sont : %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not an Excel workbook: it has no %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un classeur Excel : il n’a pas de %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is a damaged Excel workbook: %2 (in %3, XML line %4).</source>
        <translation>«&#xa0;%1&#xa0;» est un classeur Excel endommagé : %2 (dans %3, ligne XML %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workbook “%1” contains no sheets.</source>
        <translation>Le classeur «&#xa0;%1&#xa0;» ne contient aucune feuille.</translation>
    </message>
    <message>
        <location filename="../core/import/readers/xlsxreader.cpp" line="+28"/>
        <source>The sheet “%1” is missing from “%2” (%3).</source>
        <translation>La feuille «&#xa0;%1&#xa0;» est absente de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the sheet ends inside a row</source>
        <translation>la feuille se termine au milieu d’une ligne</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The sheet “%1” in “%2” is damaged near row %3: %4.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est endommagée vers la ligne %3 : %4.</translation>
    </message>
</context>
<context>
    <name>clientele::BirthdayEdit</name>
    <message>
        <location filename="../ui/contacts/birthdayedit.cpp" line="+16"/>
        <source>Year unknown</source>
        <translation>Année inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday month</source>
        <translation>Mois de l’anniversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday day</source>
        <translation>Jour de l’anniversaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birthday year</source>
        <translation>Année de naissance</translation>
    </message>
</context>
<context>
    <name>clientele::BusinessProfileDialog</name>
    <message>
        <location filename="../ui/settings/businessprofiledialog.cpp" line="+44"/>
        <source>Business Profile</source>
        <translation>Profil de l’entreprise</translation>
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
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
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
        <translation>Imprimé sur les bons de commande, devis et factures. Les factures déjà émises gardent le profil avec lequel elles ont été émises.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>%1 n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>clientele::CompanyPicker</name>
    <message>
        <location filename="../ui/contacts/companypicker.cpp" line="+21"/>
        <source>Type to find or create a company</source>
        <translation>Tapez pour trouver ou créer une entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Create company “%1”</source>
        <translation>Créer l’entreprise «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no company called “%1”: pick one from the list or tick “Create company”.</source>
        <translation>Il n’y a aucune entreprise nommée «&#xa0;%1&#xa0;» : choisissez-en une dans la liste ou cochez «&#xa0;Créer l’entreprise&#xa0;».</translation>
    </message>
</context>
<context>
    <name>clientele::ContactColumns</name>
    <message>
        <location filename="../ui/contacts/contactcolumns.cpp" line="+59"/>
        <source>Sort names by last name</source>
        <translation>Trier les noms par nom de famille</translation>
    </message>
</context>
<context>
    <name>clientele::ContactDetailView</name>
    <message>
        <location filename="../ui/contacts/contactdetailview.cpp" line="+112"/>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifetime value</source>
        <translation>Total des achats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usual interval</source>
        <translation>Intervalle habituel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a contact to see their details.</source>
        <translation>Sélectionnez un contact pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This contact does not exist any more. It may have been deleted for good.</source>
        <translation>Ce contact n’existe plus. Il a peut-être été supprimé définitivement.</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactdetailfields.cpp" line="+15"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+54"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>birthday today</source>
        <translation>anniversaire aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Never asked</source>
        <translation>Jamais demandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>+ %n order(s) in other currencies</source>
        <translation>
            <numerusform>+ %n commande dans une autre devise</numerusform>
            <numerusform>+ %n commandes dans d’autres devises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>between orders</source>
        <translation>entre les commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs two orders</source>
        <translation>il faut deux commandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next follow-up: %1 · %2</source>
        <translation>Prochaine relance : %1 · %2</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Email marketing</source>
        <translation>Marketing par e-mail</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>clientele::ContactEditActions</name>
    <message>
        <location filename="../ui/contacts/contacteditactions.cpp" line="+30"/>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>Placer dans la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &amp;Permanently…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Ajouter une étiquette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Tag…</source>
        <translation>Re&amp;tirer une étiquette…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person or a company to the customer book</source>
        <translation>Ajouter une personne ou une entreprise au carnet de clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected contact</source>
        <translation>Modifier le contact sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected contacts to the trash, from where they can be restored</source>
        <translation>Placer les contacts sélectionnés dans la corbeille, d’où ils peuvent être restaurés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the selected contacts back from the trash</source>
        <translation>Sortir les contacts sélectionnés de la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected contacts for good</source>
        <translation>Supprimer définitivement les contacts sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected contacts</source>
        <translation>Ajouter une étiquette aux contacts sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag from the selected contacts</source>
        <translation>Retirer une étiquette des contacts sélectionnés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Delete “%1” permanently?</source>
        <translation>Supprimer définitivement «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n contacts permanently?</source>
        <translation>
            <numerusform>Supprimer définitivement %n contact ?</numerusform>
            <numerusform>Supprimer définitivement %n contacts ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cannot be undone. Their notes, calls and follow-ups are deleted too; their orders stay, without a customer.</source>
        <translation>Cette action est irréversible. Leurs notes, appels et relances sont également supprimés ; leurs commandes restent, sans client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add tags “%1”</source>
        <translation>Ajouter les étiquettes “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove tags “%1”</source>
        <translation>Retirer les étiquettes “%1”</translation>
    </message>
</context>
<context>
    <name>clientele::ContactEditDialog</name>
    <message>
        <location filename="../ui/contacts/contacteditdialog.cpp" line="+84"/>
        <source>“%1” is not a valid email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The phone number “%1” is not recognised.</source>
        <translation>Le numéro de téléphone «&#xa0;%1&#xa0;» n’est pas reconnu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed to marketing emails</source>
        <translation>Accepte les e-mails marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined marketing emails</source>
        <translation>Refuse les e-mails marketing</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaching them</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails:</source>
        <translation>E-mails :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>P&amp;ays :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday:</source>
        <translation>Ann&amp;iversaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Note&amp;s :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marketing:</source>
        <translation>&amp;Marketing :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>contact form</source>
        <translation>formulaire de contact</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no %1 %2.</source>
        <translation>Le %2 %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>clientele::ContactFilterBar</name>
    <message>
        <location filename="../ui/contacts/contactfilterbar.cpp" line="+21"/>
        <source>Open follow-up</source>
        <translation>Relance ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No order in</source>
        <translation>Aucune commande depuis</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Birthday in the next %n day(s)</source>
        <translation>
            <numerusform>Anniversaire dans %n jour</numerusform>
            <numerusform>Anniversaire dans les %n prochains jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag filter</source>
        <translation>Filtre par étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any company</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company filter</source>
        <translation>Filtre par entreprise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without an order</source>
        <translation>Jours sans commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the contacts moved to the trash, to restore or delete them for good</source>
        <translation>Afficher les contacts placés dans la corbeille, pour les restaurer ou les supprimer définitivement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>clientele::ContactTableModel</name>
    <message>
        <location filename="../ui/contacts/contacttablemodel.cpp" line="+280"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value</source>
        <translation>Total des achats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
</context>
<context>
    <name>clientele::ContactTimelineView</name>
    <message>
        <location filename="../ui/contacts/contacttimelineview.cpp" line="+96"/>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing here yet. Notes, calls, visits, orders, follow-ups and deals with this customer will show up here.</source>
        <translation>Rien pour l’instant. Les notes, appels, visites, commandes, relances et affaires de ce client s’afficheront ici.</translation>
    </message>
</context>
<context>
    <name>clientele::ContactsView</name>
    <message>
        <location filename="../ui/contacts/contactsview.cpp" line="+35"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Selection as CSV…</source>
        <translation>Exporter la sélection en CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search names, companies, emails, phones, tags and notes</source>
        <translation>Rechercher noms, entreprises, e-mails, téléphones, étiquettes et notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Write the selected contacts to a CSV file</source>
        <translation>Enregistrer les contacts sélectionnés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact actions</source>
        <translation>Actions sur les contacts</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+6"/>
        <source>Export Selection as CSV</source>
        <translation>Exporter la sélection en CSV</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contact exporté vers %1</numerusform>
            <numerusform>%Ln contacts exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %L1 contacts (counting…)</source>
        <translation>Plus de %L1 contacts (comptage en cours…)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s) in the trash</source>
        <translation>
            <numerusform>%Ln contact dans la corbeille</numerusform>
            <numerusform>%Ln contacts dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln contact correspondant</numerusform>
            <numerusform>%Ln contacts correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contacts match “%1”.
Check the spelling, try the first letters of a name, or clear the filters.</source>
        <translation>Aucun contact ne correspond à «&#xa0;%1&#xa0;».
Vérifiez l’orthographe, essayez les premières lettres d’un nom ou effacez les filtres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trash is empty.
Contacts you delete wait here until you restore them or delete them for good.</source>
        <translation>La corbeille est vide.
Les contacts que vous supprimez attendent ici que vous les restauriez ou les supprimiez définitivement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts match these filters.
Untick a filter to see more.</source>
        <translation>Aucun contact ne correspond à ces filtres.
Décochez un filtre pour en voir davantage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet.
Add your first customer with New Contact, or bring your list in with File &gt; Import.</source>
        <translation>Aucun contact pour l’instant.
Ajoutez votre premier client avec Nouveau contact, ou importez votre liste avec Fichier &gt; Importer.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomFieldEditors</name>
    <message>
        <location filename="../ui/contacts/customfieldeditors.cpp" line="+42"/>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>clientele::CustomFieldsDialog</name>
    <message>
        <location filename="../ui/settings/customfieldsdialog.cpp" line="+27"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/No</source>
        <translation>Oui/Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice list</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Field</source>
        <translation>&amp;Enregistrer le champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom Fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own fields for contacts, such as “Allergies” or “Favourite cake”.</source>
        <translation>Vos propres champs pour les contacts, comme «&#xa0;Allergies&#xa0;» ou «&#xa0;Gâteau préféré&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Custom Field</source>
        <translation>Ajouter un champ personnalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new field:</source>
        <translation>Nom du nouveau champ :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A choice list needs at least one choice.</source>
        <translation>Une liste de choix doit contenir au moins un choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts have a value for “%2”. Values that do not fit the new type stay as they are but will be refused when those contacts are next saved. Change the type?</source>
        <translation>%1 contacts ont une valeur pour «&#xa0;%2&#xa0;». Les valeurs qui ne correspondent pas au nouveau type restent telles quelles, mais seront refusées au prochain enregistrement de ces contacts. Changer le type ?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No contact has a value for it.</source>
        <translation>Aucun contact n’a de valeur pour ce champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 stored value will be lost.</source>
        <translation>1 valeur enregistrée sera perdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stored values will be lost.</source>
        <translation>%1 valeurs enregistrées seront perdues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Custom Field</source>
        <translation>Supprimer le champ personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the field “%1”?</source>
        <translation>Supprimer le champ «&#xa0;%1&#xa0;» ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerPicker</name>
    <message>
        <location filename="../ui/orders/customerpicker.cpp" line="+38"/>
        <source>Type a name, e-mail or phone; empty for a walk-in sale</source>
        <translation>Saisissez un nom, un e-mail ou un téléphone ; vide pour une vente au comptoir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not a customer in this book: pick one from the list, or leave the field empty for a walk-in sale.</source>
        <translation>« %1 » n’est pas un client de ce carnet : choisissez-en un dans la liste, ou laissez le champ vide pour une vente au comptoir.</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/dashboardview.cpp" line="+48"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue this month</source>
        <translation>Chiffre d’affaires du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Relances ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline, weighted</source>
        <translation>Pipeline pondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays in the next 30 days</source>
        <translation>Anniversaires dans les 30 prochains jours</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Revenue per month</source>
        <translation>Chiffre d’affaires par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders per weekday</source>
        <translation>Commandes par jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 customers</source>
        <translation>Les 10 meilleurs clients</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Last 12 months, as of %1 at %2</source>
        <translation>12 derniers mois, au %1 à %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>▲ %1% vs. last month (%2)</source>
        <translation>▲ %1 % par rapport au mois dernier (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ %1% vs. last month (%2)</source>
        <translation>▼ %1 % par rapport au mois dernier (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last month: %1</source>
        <translation>Mois dernier : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln pour aujourd’hui</numerusform>
            <numerusform>%Ln pour aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln affaire en cours</numerusform>
            <numerusform>%Ln affaires en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MMM d</source>
        <comment>a day of this year</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: %1 (%2)</source>
        <translation>Prochain : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>None coming up</source>
        <translation>Aucun à venir</translation>
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
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List contacts that may be the same customer: same email, phone or a similar name</source>
        <translation>Lister les contacts qui pourraient être le même client : même e-mail, même téléphone ou nom similaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two selected contacts into one</source>
        <translation>Fusionner les deux contacts sélectionnés en un seul</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>clientele::DuplicatesDialog</name>
    <message>
        <location filename="../ui/contacts/duplicatesdialog.cpp" line="+20"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for duplicates</source>
        <translation>Recherche de doublons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge the two contacts of the selected pair</source>
        <translation>Fusionner les deux contacts de la paire sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are different people: stop suggesting this pair</source>
        <translation>Ce sont des personnes différentes : ne plus proposer cette paire</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Looking for contacts with the same email, phone or a very similar name…</source>
        <translation>Recherche de contacts ayant le même e-mail, le même téléphone ou un nom très proche…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>same email (%1)</source>
        <translation>même e-mail (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same phone (%1)</source>
        <translation>même téléphone (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>similar name, both at %1</source>
        <translation>nom similaire, tous deux chez %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, both in %1</source>
        <translation>nom similaire, tous deux à %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No likely duplicates found.</source>
        <translation>Aucun doublon probable trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) of contacts may be the same customer.</source>
        <translation>
            <numerusform>%n paire de contacts pourrait correspondre au même client.</numerusform>
            <numerusform>%n paires de contacts pourraient correspondre au même client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::FieldCombo</name>
    <message>
        <location filename="../ui/import/fieldcombo.cpp" line="+44"/>
        <location line="+42"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Custom field…</source>
        <translation>Champ personnalisé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this column in a custom field of its own</source>
        <translation>Conserver cette colonne dans un champ personnalisé à part</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This column is not imported</source>
        <translation>Cette colonne n’est pas importée</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Custom Field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the custom field this column goes to:</source>
        <translation>Nom du champ personnalisé qui recevra cette colonne :</translation>
    </message>
</context>
<context>
    <name>clientele::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrun/firstrundialog.cpp" line="+51"/>
        <location line="+5"/>
        <source>Welcome to Clientele</source>
        <translation>Bienvenue dans Clientele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your customers, their orders, what to follow up and the deals in the works, all in one place. How would you like to begin?</source>
        <translation>Vos clients, leurs commandes, les relances à faire et les affaires en cours, tout au même endroit. Comment souhaitez-vous commencer ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new, empty customer book, ready for your first contact or an import.</source>
        <translation>Un nouveau carnet de clients vide, prêt pour votre premier contact ou une importation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sample bakery</source>
        <translation>Ouvrir la boulangerie d’exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look around Rosie&apos;s Bakery first: about 200 customers, 1,500 orders, follow-ups and deals. You can start your own book later with File › New Database.</source>
        <translation>Découvrez d’abord Rosie’s Bakery : environ 200 clients, 1 500 commandes, des relances et des affaires. Vous pourrez créer votre propre carnet plus tard avec Fichier › Nouvelle base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing database file…</source>
        <translation>Ouvrir un fichier de base de données existant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data is saved on this computer in %1</source>
        <translation>Vos données sont enregistrées sur cet ordinateur dans %1</translation>
    </message>
</context>
<context>
    <name>clientele::FollowUpsView</name>
    <message>
        <location filename="../ui/followups/followupsview.cpp" line="+27"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done recently</source>
        <translation>Terminées récemment</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln pour aujourd’hui</numerusform>
            <numerusform>%Ln pour aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln upcoming</source>
        <translation>
            <numerusform>%Ln à venir</numerusform>
            <numerusform>%Ln à venir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>done %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(snoozed)</source>
        <translation>(reportée)</translation>
    </message>
</context>
<context>
    <name>clientele::GlobalSearch</name>
    <message>
        <location filename="../ui/mainwindow/globalsearch.cpp" line="+23"/>
        <source>Search contacts, emails, phones, notes…  (Ctrl+K)</source>
        <translation>Rechercher contacts, e-mails, téléphones, notes…  (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No contact matches “%1”</source>
        <translation>Aucun contact ne correspond à « %1 »</translation>
    </message>
</context>
<context>
    <name>clientele::ImportFilePage</name>
    <message>
        <location filename="../ui/import/filepage.cpp" line="+15"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts: customers, people, companies</source>
        <translation>C&amp;ontacts : clients, personnes, entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rders: an order or sales export</source>
        <translation>Co&amp;mmandes : un export de commandes ou de ventes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;heet:</source>
        <translation>F&amp;euille :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer list from a shop system, a spreadsheet or an address book. You can also drop the file on this window.</source>
        <translation>Une liste de clients issue d’un système de boutique, une feuille de calcul ou un carnet d’adresses. Vous pouvez aussi déposer le fichier sur cette fenêtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds</source>
        <translation>Le fichier contient</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it is read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For&amp;mat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>E&amp;ncodage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delimiter:</source>
        <translation>Sép&amp;arateur :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first rows as read:</source>
        <translation>Les premières lignes telles qu’elles sont lues :</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1-separated</source>
        <translation>séparateur : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet “%1”</source>
        <translation>feuille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 or more records</source>
        <translation>%L1 enregistrements ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1 · %2</source>
        <translation>Lu comme %1 · %2</translation>
    </message>
</context>
<context>
    <name>clientele::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/import/importhistorydialog.cpp" line="+49"/>
        <source>Nothing has been imported into this customer book yet.</source>
        <translation>Rien n’a encore été importé dans ce carnet de clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l’importation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Did not finish</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone %1</source>
        <translation>Annulée le %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>clientele::ImportIssueModel</name>
    <message>
        <location filename="../ui/import/issuemodel.cpp" line="+24"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped (duplicate)</source>
        <translation>Ignorée (doublon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>clientele::ImportMappingPage</name>
    <message>
        <location filename="../ui/import/mappingpage.cpp" line="+57"/>
        <source>&amp;Save Mapping as Preset…</source>
        <translation>&amp;Enregistrer la correspondance comme modèle…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Match the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what each column of the file becomes. The preview shows the first rows as they will be stored.</source>
        <translation>Choisissez ce que devient chaque colonne du fichier. L’aperçu montre les premières lignes telles qu’elles seront enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imports as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vCard files name their fields themselves: names, e-mails, phones, addresses, birthdays, notes and categories (as tags) are read as they are.</source>
        <translation>Les fichiers vCard nomment eux-mêmes leurs champs : noms, e-mails, téléphones, adresses, anniversaires, notes et catégories (comme étiquettes) sont lus tels quels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave them out</source>
        <translation>Les omettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep each in a custom field</source>
        <translation>Conserver chacune dans un champ personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them to the notes</source>
        <translation>Les ajouter aux notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect from the file</source>
        <translation>Détecter d’après le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (31.12.2025)</source>
        <translation>Jour d’abord (31.12.2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2025)</source>
        <translation>Mois d’abord (12/31/2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2025-12-31)</source>
        <translation>Année d’abord (2025-12-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in empty fields</source>
        <translation>Compléter les champs vides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite with the file&apos;s values</source>
        <translation>Remplacer par les valeurs du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail, then phone</source>
        <translation>E-mail, puis téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and company</source>
        <translation>Nom et entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unmapped columns:</source>
        <translation>Colonnes &amp;non associées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing &amp;contacts:</source>
        <translation>&amp;Contacts existants :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same person &amp;when:</source>
        <translation>Même pe&amp;rsonne si :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that match an existing contact, or an earlier row of the file, are duplicates.</source>
        <translation>Les lignes qui correspondent à un contact existant, ou à une ligne précédente du fichier, sont des doublons.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Shopify customers export</source>
        <translation>Export des clients Shopify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts export</source>
        <translation>Export Google Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook contacts export</source>
        <translation>Export des contacts Outlook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square customer directory</source>
        <translation>Annuaire des clients Square</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubSpot contacts export</source>
        <translation>Export des contacts HubSpot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp audience export</source>
        <translation>Export d’audience Mailchimp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Etsy sold orders</source>
        <translation>Commandes vendues Etsy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shopify orders export</source>
        <translation>Export des commandes Shopify</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>vCard address book</source>
        <translation>Carnet d’adresses vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;No header row was found&lt;/b&gt;: the columns were matched by what they hold. Check each column below.</source>
        <translation>&lt;b&gt;Aucune ligne d’en-tête n’a été trouvée&lt;/b&gt; : les colonnes ont été associées d’après leur contenu. Vérifiez chaque colonne ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Reconnu : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns matched by their headers</source>
        <translation>Colonnes associées d’après leurs en-têtes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field for column %1</source>
        <translation>Champ pour la colonne %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preview of the first order as it will be stored</source>
        <translation>Aperçu de la première commande telle qu’elle sera enregistrée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Preview of the first %n orders as they will be stored</source>
        <translation>
            <numerusform>Aperçu de %n commande telle qu’elle sera enregistrée</numerusform>
            <numerusform>Aperçu des %n premières commandes telles qu’elles seront enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the first contact as it will be stored</source>
        <translation>Aperçu du premier contact tel qu’il sera enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Preview of the first %n contacts as they will be stored</source>
        <translation>
            <numerusform>Aperçu de %n contact tel qu’il sera enregistré</numerusform>
            <numerusform>Aperçu des %n premiers contacts tels qu’ils seront enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will be rejected</source>
        <translation>
            <numerusform>%n sera rejeté</numerusform>
            <numerusform>%n seront rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point at a tinted row to see why</source>
        <translation>pointez sur une ligne colorée pour en voir la raison</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None: as detected</source>
        <translation>Aucun : tel que détecté</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preset</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>Save Mapping as Preset</source>
        <translation>Enregistrer la correspondance comme modèle</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Name of the preset (next time, choose it to map the columns the same way):</source>
        <translation>Nom du modèle (la prochaine fois, choisissez-le pour associer les colonnes de la même façon) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A preset named “%1” exists. Replace it?</source>
        <translation>Un modèle nommé «&#xa0;%1&#xa0;» existe déjà. Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>clientele::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/previewmodel.cpp" line="+182"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
</context>
<context>
    <name>clientele::ImportReportPage</name>
    <message>
        <location filename="../ui/import/reportpage.cpp" line="+28"/>
        <source>Every row was imported as it was: nothing to report.</source>
        <translation>Chaque ligne a été importée telle quelle : rien à signaler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Report as CSV…</source>
        <translation>&amp;Exporter le rapport en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Annuler cette importation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped as duplicates</source>
        <translation>ignorés comme doublons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1: 1 record read.</source>
        <translation>%1 : 1 enregistrement lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 records read.</source>
        <translation>%1 : %2 enregistrements lus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 import report.csv</source>
        <translation>%1 rapport d’importation.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Export Report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This import was undone: your customer book is as it was before it.</source>
        <translation>Cette importation a été annulée : votre carnet de clients est revenu à son état d’avant.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportRunPage</name>
    <message>
        <location filename="../ui/import/runpage.cpp" line="+26"/>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the Columns</source>
        <translation>&amp;Retour aux colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is written as one batch: until it is finished, nothing changes in your customer book, and you can cancel.</source>
        <translation>Tout est écrit en un seul lot : tant qu’il n’est pas terminé, rien ne change dans votre carnet de clients, et vous pouvez annuler.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>Annulation : ce qui a déjà été écrit est défait…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rows · %2 rows per second</source>
        <translation>%1 lignes · %2 lignes par seconde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import stopped: %1
Nothing was imported; your customer book is as it was.</source>
        <translation>L’importation s’est arrêtée : %1
Rien n’a été importé ; votre carnet de clients est inchangé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled. Nothing was imported; your customer book is as it was.</source>
        <translation>Importation annulée. Rien n’a été importé ; votre carnet de clients est inchangé.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <location filename="../ui/import/importwizard.cpp" line="+25"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+85"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new, empty customer database file</source>
        <translation>Créer un nouveau fichier de clients vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Order…</source>
        <translation>Nouvelle &amp;commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a new order; on the Contacts page, for the selected contact</source>
        <translation>Prendre une nouvelle commande ; sur la page Contacts, pour le contact sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another customer database file</source>
        <translation>Ouvrir un autre fichier de clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in customers or orders from a spreadsheet, a shop export or an address book</source>
        <translation>Importer des clients ou des commandes depuis une feuille de calcul, un export de boutique ou un carnet d’adresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See earlier imports and undo one</source>
        <translation>Voir les importations précédentes et en annuler une</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Contact…</source>
        <translation>&amp;Rechercher un contact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the whole customer book</source>
        <translation>Rechercher dans tout le carnet de clients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom &amp;Fields…</source>
        <translation>Champs &amp;personnalisés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove your own contact fields, such as Allergies</source>
        <translation>Ajouter, renommer ou supprimer vos propres champs de contact, comme Allergies</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Business Profile…</source>
        <translation>&amp;Profil de l’entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name, address, tax ID, bank details and logo printed on invoices</source>
        <translation>Le nom, l’adresse, le n° TVA, les coordonnées bancaires et le logo imprimés sur les factures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected rows or text</source>
        <translation>Copier les lignes ou le texte sélectionnés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Clientele</source>
        <translation>À &amp;propos de Clientele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List contacts that may be the same customer and merge them</source>
        <translation>Lister les contacts qui pourraient être le même client et les fusionner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Products…</source>
        <translation>&amp;Produits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product catalogue: prices, units and tax rates the order editor offers</source>
        <translation>Le catalogue des produits : prix, unités et taux de TVA proposés par l’éditeur de commandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (read-only) — Clientele</source>
        <translation>%1 (lecture seule) — Clientele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Clientele</source>
        <translation>%1 — Clientele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read-only: another window has this file open</source>
        <translation>lecture seule : une autre fenêtre a ouvert ce fichier</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clientele databases (*.sqlite)</source>
        <translation>Bases de données Clientele (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 already exists. Choose another name, or use File › Open Database to open it.</source>
        <translation>Le fichier %1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier › Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Clientele (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>clientele::MergeDialog</name>
    <message>
        <location filename="../ui/contacts/mergedialog.cpp" line="+57"/>
        <source>Merge Contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the record to keep and, where the two differ, which value it keeps. Emails, phones, tags, orders, activities, follow-ups and deals of both are kept; the other record goes to the trash.</source>
        <translation>Choisissez la fiche à conserver et, là où les deux diffèrent, la valeur qu’elle garde. Les e-mails, téléphones, étiquettes, commandes, activités, relances et affaires des deux sont conservés ; l’autre fiche va dans la corbeille.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1
(#%2, added %3)</source>
        <translation>%1
(#%2, ajouté le %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Nothing else moves: “%1” is kept with the chosen values.</source>
        <translation>Rien d’autre n’est transféré : «&#xa0;%1&#xa0;» est conservé avec les valeurs choisies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to “%1”: %2.</source>
        <translation>Transféré vers «&#xa0;%1&#xa0;» : %2.</translation>
    </message>
</context>
<context>
    <name>clientele::MethodListEditor</name>
    <message>
        <location filename="../ui/contacts/methodlisteditor.cpp" line="+22"/>
        <source>Add Email</source>
        <translation>Ajouter un e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email label</source>
        <translation>Libellé de l’e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone label</source>
        <translation>Libellé du téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 503 555 0100</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove email</source>
        <translation>Retirer l’e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove phone</source>
        <translation>Retirer le téléphone</translation>
    </message>
</context>
<context>
    <name>clientele::OrderActions</name>
    <message>
        <location filename="../ui/orders/orderactions.cpp" line="+20"/>
        <source>&amp;New Order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Order…</source>
        <translation>&amp;Modifier la commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Ready</source>
        <translation>Marquer &amp;prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Collected</source>
        <translation>Marquer &amp;retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Delivered</source>
        <translation>Marquer &amp;livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
</context>
<context>
    <name>clientele::OrderDetailView</name>
    <message>
        <location filename="../ui/orders/orderdetailview.cpp" line="+58"/>
        <source>Select an order to see what is in it.</source>
        <translation>Sélectionnez une commande pour voir son contenu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>credit note %1 for %2</source>
        <translation>avoir %1 pour %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk-in customer</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ordered</source>
        <translation>Commandée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment due</source>
        <translation>Paiement dû le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pickup</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop reference</source>
        <translation>Référence boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>clientele::OrderEditDialog</name>
    <message>
        <location filename="../ui/orders/ordereditdialog.cpp" line="+69"/>
        <source>New Order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an item: a product or any text, then Enter</source>
        <translation>Ajouter un article : un produit ou un texte libre, puis Entrée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add Line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10 % or an amount</source>
        <translation>p. ex. 10 % ou un montant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due</source>
        <translation>&amp;Pour le</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Design, allergies, message on the cake…</source>
        <translation>Décor, allergies, message sur le gâteau…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as D&amp;raft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the order (Ctrl+Enter)</source>
        <translation>Enregistrer la commande (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ordered:</source>
        <translation>C&amp;ommandée le :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order d&amp;iscount:</source>
        <translation>&amp;Remise sur la commande :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;posit:</source>
        <translation>A&amp;compte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+8"/>
        <source>Order discount: %1</source>
        <translation>Remise sur la commande : %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a discount cannot be more than 100 %</source>
        <translation>une remise ne peut pas dépasser 100 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deposit: %1</source>
        <translation>Acompte : %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Includes %1 tax</source>
        <translation>Dont TVA %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due at pickup</source>
        <translation>À régler au retrait</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add at least one item.</source>
        <translation>Ajoutez au moins un article.</translation>
    </message>
</context>
<context>
    <name>clientele::OrderLinesModel</name>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="+129"/>
        <source>The product&apos;s tax rate, or none for a free-text line. Type a rate to override it.</source>
        <translation>Le taux de TVA du produit, ou aucun pour une ligne libre. Saisissez un taux pour le remplacer.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Quantity: %1</source>
        <translation>Quantité : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit price: %1</source>
        <translation>Prix unitaire : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Discount: %1</source>
        <translation>Remise : %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>a discount cannot be more than 100 %</source>
        <translation>une remise ne peut pas dépasser 100 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tax rate: %1</source>
        <translation>Taux de TVA : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a rate cannot be more than 100 %</source>
        <translation>un taux ne peut pas dépasser 100 %</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>clientele::OrderPrintActions</name>
    <message>
        <location filename="../ui/orders/orderprintactions.cpp" line="+23"/>
        <location line="+22"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+53"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+5"/>
        <source>Could not save the PDF</source>
        <translation>Impossible d’enregistrer le PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not issue the invoice</source>
        <translation>Impossible d’émettre la facture</translation>
    </message>
</context>
<context>
    <name>clientele::OrderTableModel</name>
    <message>
        <location filename="../ui/orders/ordertablemodel.cpp" line="+75"/>
        <source>Walk-in customer</source>
        <translation>Client de passage</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup/due</source>
        <translation>Retrait/échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
</context>
<context>
    <name>clientele::OrdersView</name>
    <message>
        <location filename="../ui/orders/ordersview.cpp" line="+27"/>
        <location line="+15"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do (open and ready)</source>
        <translation>À traiter (ouvertes et prêtes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>Prêtes à retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fully paid</source>
        <translation>Pas entièrement payées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 total</source>
        <translation>%1 au total</translation>
    </message>
</context>
<context>
    <name>clientele::PaymentDialog</name>
    <message>
        <location filename="../ui/orders/paymentdialog.cpp" line="+22"/>
        <source>Record Payment — Order %1</source>
        <translation>Enregistrer un paiement — Commande %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total %1 · paid %2 · open %3</source>
        <translation>Total %1 · payé %2 · reste %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>Mo&amp;yen :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Amount: a payment cannot be zero.</source>
        <translation>Montant : un paiement ne peut pas être nul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
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
        <translation>Pas encore de client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closes %1</source>
        <translation>Conclusion le %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · pondéré %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>+ %n in other currencies</source>
        <translation>
            <numerusform>+ %n dans une autre devise</numerusform>
            <numerusform>+ %n dans d’autres devises</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no pipeline stages yet.</source>
        <translation>Il n’y a pas encore d’étapes dans le pipeline.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln affaire en cours</numerusform>
            <numerusform>%Ln affaires en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in total, %2 weighted by probability</source>
        <translation>%1 au total, %2 pondéré par la probabilité</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No open deals in this stage.</source>
        <translation>Aucune affaire en cours à cette étape.</translation>
    </message>
</context>
<context>
    <name>clientele::ProductTableModel</name>
    <message>
        <location filename="../ui/products/producttablemodel.cpp" line="+75"/>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price: %1</source>
        <translation>Prix : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tax rate: %1</source>
        <translation>Taux de TVA : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a rate cannot be more than 100 %</source>
        <translation>un taux ne peut pas dépasser 100 %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the picker</source>
        <translation>Proposé à la saisie</translation>
    </message>
</context>
<context>
    <name>clientele::ProductsDialog</name>
    <message>
        <location filename="../ui/products/productsdialog.cpp" line="+34"/>
        <source>&amp;Add Product</source>
        <translation>&amp;Ajouter le produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived products</source>
        <translation>Afficher les produits &amp;archivés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit (pcs, kg, h…)</source>
        <translation>Unité (pce, kg, h…)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unit price: %1</source>
        <translation>Prix unitaire : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tax: %1</source>
        <translation>TVA : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a rate cannot be more than 100 %</source>
        <translation>un taux ne peut pas dépasser 100 %</translation>
    </message>
</context>
<context>
    <name>clientele::QuickLogBox</name>
    <message>
        <location filename="../ui/contacts/quicklogbox.cpp" line="+39"/>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Text to log</source>
        <translation>Texte à noter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to log</source>
        <translation>%1 pour noter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store this for the customer (%1)</source>
        <translation>Enregistrer ceci pour le client (%1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Type what happened first, then log it.</source>
        <translation>Saisissez d’abord ce qui s’est passé, puis notez-le.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What was the call about?</source>
        <translation>Quel était l’objet de l’appel ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened at the visit?</source>
        <translation>Que s’est-il passé lors de la visite ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note about this customer…</source>
        <translation>Écrivez une note sur ce client…</translation>
    </message>
</context>
<context>
    <name>clientele::Sidebar</name>
    <message>
        <location filename="../ui/mainwindow/sidebar.cpp" line="+40"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
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
        <translation>VIP, Grossiste, …</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../ui/common/displayformat.cpp" line="+67"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>M</source>
        <comment>million, in compact amounts</comment>
        <translation> M</translation>
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
        <translation>Carnet de clients pour les petites entreprises.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the database file &lt;path&gt; (default: $CLIENTELE_DB, else the per-user data folder).</source>
        <translation>Ouvrir le fichier de base de données &lt;path&gt; (par défaut : $CLIENTELE_DB, sinon le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an empty database instead of showing the welcome page.</source>
        <translation>Démarrer avec une base vide au lieu de la page d’accueil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file to open (same as --db).</source>
        <translation>Le fichier de base de données à ouvrir (comme --db).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clientele databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Clientele (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
</context>
</TS>
