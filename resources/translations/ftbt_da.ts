<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ftbt_desktop/ui/accessibility.py" line="135"/>
        <source>More tools on this toolbar</source>
        <translation>Flere værktøjer på denne værktøjslinje</translation>
    </message>
</context>
<context>
    <name>ActorChecks</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_checks.py" line="27"/>
        <source>Shared with {actor}</source>
        <translation>Deles med {actor}</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="69"/>
        <source>Give the actor a name, e.g. Jobcenter Helsingør.</source>
        <translation>Giv aktøren et navn, fx Jobcenter Helsingør.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="85"/>
        <source>New actor</source>
        <translation>Ny aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="85"/>
        <source>Edit actor</source>
        <translation>Rediger aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="87"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="88"/>
        <source>&amp;Contact person:</source>
        <translation>&amp;Kontaktperson:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="89"/>
        <source>Contact &amp;details:</source>
        <translation>Kontakt&amp;oplysninger:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="90"/>
        <source>e.g. Jobcenter Helsingør</source>
        <translation>fx Jobcenter Helsingør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="91"/>
        <source>e.g. the caseworker&apos;s name</source>
        <translation>fx sagsbehandlerens navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="92"/>
        <source>Phone, e-mail or address</source>
        <translation>Telefon, e-mail eller adresse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="95"/>
        <source>Save actor</source>
        <translation>Gem aktør</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="54"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="70"/>
        <source>Change passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="61"/>
        <source>Current passphrase</source>
        <translation>Nuværende adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="63"/>
        <source>The old passphrase may be known to someone else</source>
        <translation>Den gamle adgangssætning kan være kendt af andre</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="72"/>
        <source>Current passphrase:</source>
        <translation>Nuværende adgangssætning:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="100"/>
        <source>The passphrase is changed and all data is re-encrypted. This is your new recovery key; the old one no longer works. It is shown only this once.</source>
        <translation>Adgangssætningen er skiftet, og alle data er krypteret igen. Dette er din nye gendannelsesnøgle; den gamle virker ikke længere. Den vises kun denne ene gang.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="108"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="141"/>
        <source>Type your current passphrase first.</source>
        <translation>Skriv først din nuværende adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="146"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nye adgangssætning er den samme som den nuværende.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="172"/>
        <source>Changing the passphrase…</source>
        <translation>Skifter adgangssætningen…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="213"/>
        <source>It could not be saved that the recovery key is stored. Try again; otherwise a new key is asked for at the next unlock.</source>
        <translation>Det kunne ikke gemmes, at gendannelsesnøglen er gemt. Prøv igen; ellers bliver du bedt om en ny nøgle, næste gang du låser op.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="225"/>
        <source>Re-encrypting was stopped. Nothing was changed: the passphrase is as before.</source>
        <translation>Krypteringen blev stoppet. Intet blev ændret: adgangssætningen er som før.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="233"/>
        <source>The current passphrase is not right. Try again.</source>
        <translation>Den nuværende adgangssætning er ikke rigtig. Prøv igen.</translation>
    </message>
</context>
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="26"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>1 år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="28"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>1 dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="30"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>1 time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="32"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>1 minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/conflict_notice.py" line="101"/>
        <source>The same thing was changed in two places before they were synced. Keep one value; the other stays in History.</source>
        <translation>Det samme er blevet ændret to steder, før de blev synkroniseret. Behold den ene værdi; den anden bliver i historikken.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/conflict_notice.py" line="128"/>
        <source>Keep this</source>
        <translation>Behold denne</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/conflict_notice.py" line="156"/>
        <source>(shown now)</source>
        <translation>(vises nu)</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="38"/>
        <source>{what} – {field}</source>
        <translation>{what} – {field}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="61"/>
        <source>{kind} for {members}</source>
        <translation>{kind} for {members}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="64"/>
        <source>{kind} for the family</source>
        <translation>{kind} for familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="100"/>
        <source>this computer “{name}” ({label}), by {who}, {when}</source>
        <translation>denne computer “{name}” ({label}), af {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="104"/>
        <source>{name} ({label}) via the central server, by {who}, {when}</source>
        <translation>{name} ({label}) via den centrale server, af {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="108"/>
        <source>computer {label} via the central server, by {who}, {when}</source>
        <translation>computer {label} via den centrale server, af {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="183"/>
        <source>Give the association, volunteer or group a name.</source>
        <translation>Giv foreningen, den frivillige eller gruppen et navn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="200"/>
        <source>Civil-society connection</source>
        <translation>Kontakt til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="202"/>
        <source>Edit civil-society connection</source>
        <translation>Rediger kontakt til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="204"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="205"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="206"/>
        <source>Who takes part:</source>
        <translation>Hvem deltager:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="207"/>
        <source>e.g. Mødrenetværket, Home-Start, the choir</source>
        <translation>fx Mødrenetværket, Home-Start, koret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="208"/>
        <source>No members yet</source>
        <translation>Ingen familiemedlemmer endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="211"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="212"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="202"/>
        <source>Add the family member the consent is about first.</source>
        <translation>Tilføj først det familiemedlem, samtykket handler om.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="207"/>
        <source>Tick who gave the consent: the custody holders, or the person it is about.</source>
        <translation>Sæt kryds ved, hvem der har givet samtykket: dem, der har forældremyndigheden, eller den, det handler om.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="213"/>
        <source>{name} is a child and can only give consent about themself.</source>
        <translation>{name} er et barn og kan kun give samtykke om sig selv.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="217"/>
        <source>Add the actor first: a consent names who the information is shared with.</source>
        <translation>Tilføj først aktøren: et samtykke nævner, hvem oplysningerne deles med.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="221"/>
        <source>Tick who the information may be shared with.</source>
        <translation>Sæt kryds ved, hvem oplysningerne må deles med.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="227"/>
        <source>Say what the information is exchanged for (the purpose).</source>
        <translation>Skriv, hvad oplysningerne skal udveksles til (formålet).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="230"/>
        <source>Say whether the consent was given in writing or orally.</source>
        <translation>Vælg, om samtykket blev givet skriftligt eller mundtligt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="234"/>
        <source>“Valid until” is before the date the consent was given.</source>
        <translation>“Gyldigt til” ligger før den dato, samtykket blev givet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="238"/>
        <source>“Withdrawn” is before the date the consent was given.</source>
        <translation>“Trukket tilbage” ligger før den dato, samtykket blev givet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="244"/>
        <source>Who gave this consent has not been recorded. Tick who gave it before you save.</source>
        <translation>Det er ikke registreret, hvem der har givet samtykket. Sæt kryds ved, hvem der gav det, før du gemmer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="247"/>
        <source>Who gave this consent has not been recorded. Tick who gave it, and say whether it was given in writing or orally, before you save.</source>
        <translation>Det er ikke registreret, hvem der har givet samtykket. Sæt kryds ved, hvem der gav det, og vælg, om det blev givet skriftligt eller mundtligt, før du gemmer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="273"/>
        <source>Consent given by {name}</source>
        <translation>Samtykke givet af {name}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="279"/>
        <source>New consent (§11a)</source>
        <translation>Nyt samtykke (§ 11 a)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="279"/>
        <source>Edit consent</source>
        <translation>Rediger samtykke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="281"/>
        <source>&amp;About:</source>
        <translation>&amp;Vedrører:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="282"/>
        <source>Given b&amp;y:</source>
        <translation>Givet &amp;af:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="283"/>
        <source>Shared &amp;with:</source>
        <translation>Deles &amp;med:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="284"/>
        <source>Which information:</source>
        <translation>Hvilke oplysninger:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="285"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="286"/>
        <source>&amp;Given:</source>
        <translation>&amp;Givet:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="287"/>
        <source>Given &amp;how:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="288"/>
        <source>&amp;Valid until:</source>
        <translation>Gyldigt &amp;til:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="289"/>
        <source>The consent is about</source>
        <translation>Samtykket vedrører</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="290"/>
        <source>Who gave the consent</source>
        <translation>Hvem har givet samtykket</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="291"/>
        <source>Who the information is shared with</source>
        <translation>Hvem oplysningerne deles med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="292"/>
        <source>Add the family members first.</source>
        <translation>Tilføj først familiens medlemmer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="293"/>
        <source>Add the actors around the family first.</source>
        <translation>Tilføj først aktørerne omkring familien.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="297"/>
        <source>e.g. to plan a part-time return to work together</source>
        <translation>fx at planlægge en gradvis tilbagevenden til arbejdet sammen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="299"/>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="300"/>
        <source>Orally</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="301"/>
        <source>Consent given in writing</source>
        <translation>Samtykket er givet skriftligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="302"/>
        <source>Consent given orally</source>
        <translation>Samtykket er givet mundtligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="305"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="308"/>
        <source>Save consent</source>
        <translation>Gem samtykke</translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="26"/>
        <source>{names} and {last}</source>
        <translation>{names} og {last}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="78"/>
        <source>Purpose: {purpose}</source>
        <translation>Formål: {purpose}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="89"/>
        <source>Consent has been given for {recipients} to exchange information about {about} {kinds}.</source>
        <translation>Der er givet samtykke til, at {recipients} må udveksle oplysninger om {about} {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="95"/>
        <source>{givers} has given consent for {recipients} to exchange information about {about} {kinds}.</source>
        <translation>{givers} har givet samtykke til, at {recipients} må udveksle oplysninger om {about} {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="100"/>
        <source>{givers} have given consent for {recipients} to exchange information about {about} {kinds}.</source>
        <translation>{givers} har givet samtykke til, at {recipients} må udveksle oplysninger om {about} {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="110"/>
        <source>The consent was given in writing on {date}.</source>
        <translation>Samtykket blev givet skriftligt den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="115"/>
        <source>The consent was given orally on {date}.</source>
        <translation>Samtykket blev givet mundtligt den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="117"/>
        <source>The consent was given on {date}.</source>
        <translation>Samtykket blev givet den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="122"/>
        <source>Whether it was given in writing or orally is not recorded.</source>
        <translation>Det er ikke registreret, om det blev givet skriftligt eller mundtligt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="133"/>
        <source>It was withdrawn on {date}.</source>
        <translation>Det blev trukket tilbage den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="136"/>
        <source>It is withdrawn from {date}.</source>
        <translation>Det trækkes tilbage fra den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="140"/>
        <source>It ran out on {date}.</source>
        <translation>Det udløb den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="141"/>
        <source>It is valid until {date}.</source>
        <translation>Det gælder til og med den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="145"/>
        <source>Who gave the consent has not been recorded.</source>
        <translation>Hvem der har givet samtykket, er ikke registreret.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="84"/>
        <source>Welcome to FTBT Desktop</source>
        <translation>Velkommen til FTBT Desktop</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="86"/>
        <source>The information about your families is kept encrypted on this computer, in a vault that only your passphrase opens. Choose a passphrase of several ordinary words you can remember, for example four words with spaces between them. Nobody, not even IT support, can open the vault without it.</source>
        <translation>Oplysningerne om dine familier gemmes krypteret på denne computer i en boks, som kun din adgangssætning kan åbne. Vælg en adgangssætning af flere almindelige ord, du kan huske – for eksempel fire ord med mellemrum imellem. Ingen, heller ikke it-supporten, kan åbne boksen uden den.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="91"/>
        <source>Create vault</source>
        <translation>Opret boks</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="95"/>
        <source>Creating the vault…</source>
        <translation>Opretter boksen…</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="25"/>
        <source>The vault is damaged</source>
        <translation>Boksen er beskadiget</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="28"/>
        <source>Some of the vault&apos;s files have been changed or broken, so FTBT Desktop will not trust them. This is affected:</source>
        <translation>Nogle af boksens filer er blevet ændret eller ødelagt, så FTBT Desktop stoler ikke på dem. Dette er berørt:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="36"/>
        <source>FTBT Desktop can put back the latest backup that is whole. Changes made after that backup are not in it. The damaged files are kept aside in the data folder, nothing is deleted.</source>
        <translation>FTBT Desktop kan lægge den seneste hele sikkerhedskopi tilbage. Ændringer, der er lavet efter den sikkerhedskopi, er ikke med i den. De beskadigede filer gemmes til side i datamappen – intet bliver slettet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="41"/>
        <source>Type your passphrase to restore:</source>
        <translation>Skriv din adgangssætning for at gendanne:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="43"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="46"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="61"/>
        <source>Restore the latest good backup</source>
        <translation>Gendan den seneste gode sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="76"/>
        <source>FTBT Desktop found this vault&apos;s own key file in the backups folder and can put it back; your data stays as it is. The other key file is kept aside in the data folder, nothing is deleted.</source>
        <translation>FTBT Desktop har fundet boksens egen nøglefil i mappen med sikkerhedskopier og kan lægge den tilbage; dine data forbliver, som de er. Den anden nøglefil gemmes til side i datamappen, intet slettes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="81"/>
        <source>Put back the vault&apos;s own key file</source>
        <translation>Læg boksens egen nøglefil tilbage</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="108"/>
        <source>Putting back the vault&apos;s own key file…</source>
        <translation>Lægger boksens egen nøglefil tilbage…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="110"/>
        <source>Restoring the latest good backup…</source>
        <translation>Gendanner den seneste gode sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="120"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv først din adgangssætning.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="46"/>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="61"/>
        <source>My computers</source>
        <translation>Mine computere</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="49"/>
        <source>The computers you have signed in to the central server from. If one is lost, ask your administrator to revoke it.</source>
        <translation>De computere, du har logget ind på den centrale server fra. Hvis en bliver væk, så bed din administrator om at spærre den.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>First seen</source>
        <translation>Først set</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>Last seen</source>
        <translation>Sidst set</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="62"/>
        <source>Fetching the list from the central server…</source>
        <translation>Henter listen fra den centrale server…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="100"/>
        <source>Revoked</source>
        <translation>Spærret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="102"/>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="126"/>
        <source>The central server knows no computer of yours yet.</source>
        <translation>Den centrale server kender endnu ingen af dine computere.</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/entity_form.py" line="108"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/entity_form.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/entity_form.py" line="157"/>
        <source>Save or cancel what you are typing here first.</source>
        <translation>Gem eller annuller først det, du er ved at skrive her.</translation>
    </message>
</context>
<context>
    <name>EraseFamilyDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="56"/>
        <source>Erase the family from this computer</source>
        <translation>Slet familien fra denne computer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="59"/>
        <source>“{name}” has never been sent to the server, so this computer holds the only copy. Erasing it removes everything about the family: members, map, plan, measures, visits and history. The vault&apos;s backups are replaced by a new one without the family. This cannot be undone.</source>
        <translation>“{name}” er aldrig sendt til serveren, så denne computer har den eneste kopi. Sletter du familien, forsvinder alt om den: familiemedlemmer, familiekort, plan, målinger, besøg og historik. Boksens sikkerhedskopier erstattes af en ny uden familien. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="65"/>
        <source>Type the family&apos;s &amp;name to confirm:</source>
        <translation>Skriv familiens &amp;navn for at bekræfte:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="66"/>
        <source>The family&apos;s name, to confirm</source>
        <translation>Familiens navn, som bekræftelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="67"/>
        <source>&amp;Erase the family</source>
        <translation>&amp;Slet familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>FamilyDetailsTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="116"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="212"/>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="251"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="227"/>
        <source>Close this family? It moves to the closed families and can be reopened later.</source>
        <translation>Luk familien? Den flyttes til de lukkede familier og kan genåbnes senere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="229"/>
        <source>Close family</source>
        <translation>Luk familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="230"/>
        <source>Keep open</source>
        <translation>Hold den åben</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="275"/>
        <source>Sent to the server: only the server&apos;s administrator can erase this family.</source>
        <translation>Sendt til serveren: kun serverens administrator kan slette denne familie.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="277"/>
        <source>Never sent to the server: erasing it here removes the only copy.</source>
        <translation>Aldrig sendt til serveren: sletter du den her, forsvinder den eneste kopi.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="285"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="286"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="287"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="288"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="289"/>
        <source>Who follows this family</source>
        <translation>Hvem der følger familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="290"/>
        <source>Internal notes (coordinator only)</source>
        <translation>Interne noter (kun for koordinator)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="292"/>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="293"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="294"/>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="295"/>
        <source>Close family…</source>
        <translation>Luk familien…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="296"/>
        <source>Reopen family</source>
        <translation>Genåbn familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="297"/>
        <source>Erase from this computer…</source>
        <translation>Slet fra denne computer …</translation>
    </message>
</context>
<context>
    <name>FamilyHeader</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="95"/>
        <source>Closed since {date}</source>
        <translation>Lukket siden {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="97"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="100"/>
        <source>Active since {date}</source>
        <translation>Aktiv siden {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="102"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="105"/>
        <source>Reference: {reference}</source>
        <translation>Reference: {reference}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="111"/>
        <source>Demo family – invented people to practise with. It stays on this computer and is never sent to the central store.</source>
        <translation>Demofamilie – opdigtede personer at øve sig på. Den bliver på denne computer og sendes aldrig til den centrale server.</translation>
    </message>
</context>
<context>
    <name>FamilyListModel</name>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="154"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>1 konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="156"/>
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>1 afvist ændring</numerusform>
            <numerusform>%n afviste ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="162"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="164"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="495"/>
        <source>No active families match “{search}”. Try “All”.</source>
        <translation>Ingen aktive familier passer på »{search}«. Prøv »Alle«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="497"/>
        <source>No closed families match “{search}”. Try “All”.</source>
        <translation>Ingen lukkede familier passer på »{search}«. Prøv »Alle«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="499"/>
        <source>No families match “{search}”.</source>
        <translation>Ingen familier passer på »{search}«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="502"/>
        <source>No families yet. Use “New family” to add the first one.</source>
        <translation>Ingen familier endnu. Brug »Ny familie« for at oprette den første.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="504"/>
        <source>No active families. Closed families are under “Closed”.</source>
        <translation>Ingen aktive familier. Lukkede familier findes under »Lukkede«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="505"/>
        <source>No closed families.</source>
        <translation>Ingen lukkede familier.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="576"/>
        <source>Search families and members…</source>
        <translation>Søg efter familier og familiemedlemmer…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="577"/>
        <source>Search families</source>
        <translation>Søg efter familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="578"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="579"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="579"/>
        <source>Closed</source>
        <translation>Lukkede</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="579"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="581"/>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="582"/>
        <source>&amp;New family</source>
        <translation>&amp;Ny familie</translation>
    </message>
</context>
<context>
    <name>FamilyMapTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="293"/>
        <source>Family members stay on the map; remove them in the Members tab.</source>
        <translation>Familiemedlemmer bliver på kortet; de fjernes under fanen Familiemedlemmer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="304"/>
        <source>A goal, an actor or a member needs words.</source>
        <translation>Et mål, en aktør eller et familiemedlem kan ikke stå tomt. Skriv nogle ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="361"/>
        <source>What does the link say?</source>
        <translation>Hvad betyder forbindelsen?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="378"/>
        <source>Drag from one node to another to link them.</source>
        <translation>Træk fra ét element til et andet for at forbinde dem.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="412"/>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="526"/>
        <source>Change the words</source>
        <translation>Ret ordene</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="415"/>
        <source>Link to…</source>
        <translation>Forbind med…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="440"/>
        <source>Both ways</source>
        <translation>Begge veje</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="511"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="515"/>
        <source>This change could not be made.</source>
        <translation>Ændringen kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="521"/>
        <source>Link</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="521"/>
        <source>Link two nodes: drag from one to the other</source>
        <translation>Forbind to elementer: træk fra det ene til det andet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="522"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="522"/>
        <source>Delete the selection and its links</source>
        <translation>Slet det valgte og dets forbindelser</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="523"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="523"/>
        <source>Undo the last change</source>
        <translation>Fortryd den seneste ændring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="524"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="524"/>
        <source>Redo what was undone</source>
        <translation>Gentag det, der blev fortrudt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="525"/>
        <source>Fit</source>
        <translation>Vis alt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="525"/>
        <source>Show the whole map</source>
        <translation>Vis hele kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="527"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="528"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="537"/>
        <source>Family map</source>
        <translation>Familiekort</translation>
    </message>
</context>
<context>
    <name>FamilyPlan</name>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="24"/>
        <source>Confidential — contains personal data</source>
        <translation>Fortroligt — indeholder personoplysninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="28"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="41"/>
        <source>Family plan</source>
        <translation>Familiens plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="46"/>
        <source>The family&apos;s version</source>
        <translation>Familiens udgave</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="47"/>
        <source>Supervisor&apos;s version — with internal notes, visit summaries and reviews</source>
        <translation>Udgave til faglig leder — med interne noter, besøgsreferater og gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="54"/>
        <source>This is your plan. It shows what you are working towards, who does what and by when, and who is around you. We look at it together and change it when something changes.</source>
        <translation>Det her er jeres plan. Den viser, hvad I arbejder hen imod, hvem der gør hvad og hvornår, og hvem der er omkring jer. Vi kigger på den sammen og ændrer den, når noget ændrer sig.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="60"/>
        <source>The whole plan for review: the map with internal notes, every active goal with its steps, the latest measures, actors and consents, visit summaries and review comments.</source>
        <translation>Hele planen til gennemsyn: familiekortet med interne noter, alle aktive mål med deres skridt, de seneste målinger, aktører og samtykker, besøgsreferater og kommentarer fra gennemsyn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="68"/>
        <source>Made on {date}</source>
        <translation>Lavet den {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="72"/>
        <source>Coordinator: {name}</source>
        <translation>Koordinator: {name}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="80"/>
        <source>Who is in the family</source>
        <translation>Hvem er med i familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="81"/>
        <source>Family members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="86"/>
        <source>Our family map</source>
        <translation>Vores familiekort</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="87"/>
        <source>Family map (internal nodes included)</source>
        <translation>Familiekort (med interne punkter)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="92"/>
        <source>What we are working towards</source>
        <translation>Det arbejder vi hen imod</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="93"/>
        <source>Active goals and steps</source>
        <translation>Aktive mål og skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="98"/>
        <source>How things are going</source>
        <translation>Sådan går det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="99"/>
        <source>Latest measures</source>
        <translation>Seneste målinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="104"/>
        <source>Who is around us</source>
        <translation>Hvem er omkring os</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="105"/>
        <source>Actors</source>
        <translation>Aktører</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="110"/>
        <source>What you have agreed we may share</source>
        <translation>Det har I sagt ja til, at vi må dele</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="111"/>
        <source>Consents (Retssikkerhedsloven §11a)</source>
        <translation>Samtykker (retssikkerhedslovens § 11 a)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="115"/>
        <source>Visits and summaries (internal)</source>
        <translation>Besøg og referater (interne)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="119"/>
        <source>Internal notes</source>
        <translation>Interne noter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="123"/>
        <source>Review</source>
        <translation>Gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="127"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="132"/>
        <source>We have made this plan together and agree on it.</source>
        <translation>Vi har lavet planen sammen og er enige om den.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="135"/>
        <source>The family and the coordinator sign the family&apos;s version of the plan.</source>
        <translation>Familien og koordinatoren skriver under på familiens udgave af planen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="141"/>
        <source>The family: date and signature</source>
        <translation>Familien: dato og underskrift</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="145"/>
        <source>The coordinator: date and signature</source>
        <translation>Koordinatoren: dato og underskrift</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="152"/>
        <source>Nothing written down yet.</source>
        <translation>Intet skrevet ned endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="157"/>
        <source>It is for {names}.</source>
        <translation>Det gælder {names}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="158"/>
        <source>For: {names}</source>
        <translation>For: {names}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="165"/>
        <source>{names} and {last}</source>
        <translation>{names} og {last}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="171"/>
        <source>the whole family</source>
        <translation>hele familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="176"/>
        <source>It is about {area}.</source>
        <translation>Det handler om {area}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="177"/>
        <source>Life area: {area}</source>
        <translation>Livsområde: {area}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="182"/>
        <source>We want to get there by {date}.</source>
        <translation>Vi vil gerne nå det senest den {date}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="185"/>
        <source>We want to get there by {date}</source>
        <translation>Vi vil gerne være der senest {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="191"/>
        <source>Why it matters: {why}</source>
        <translation>Derfor er det vigtigt: {why}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="195"/>
        <source>Where we are now: {value} on a scale from 0 to 10 ({date})</source>
        <translation>Her er vi nu: {value} på en skala fra 0 til 10 ({date})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="201"/>
        <source>No progress rating yet.</source>
        <translation>Ingen skalering endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="206"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="207"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="208"/>
        <source>By when</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="209"/>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="230"/>
        <source>Done</source>
        <translation>Klaret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="214"/>
        <source>No steps yet.</source>
        <translation>Ingen skridt endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="218"/>
        <source>the coordinator</source>
        <translation>koordinatoren</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="224"/>
        <source>someone else</source>
        <translation>en anden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="225"/>
        <source>another actor</source>
        <translation>en anden aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="231"/>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="235"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="242"/>
        <source>Wellbeing (WHO-5)</source>
        <translation>Trivsel (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="247"/>
        <source>high risk of depression or stress</source>
        <translation>stor risiko for depression eller stress</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="250"/>
        <source>risk of depression or stress</source>
        <translation>risiko for depression eller stress</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="251"/>
        <source>not at risk</source>
        <translation>ikke i risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="256"/>
        <source>{band} ({score} out of 100 points, {date})</source>
        <translation>{band} ({score} ud af 100 point, {date})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="337"/>
        <source>{thriving}, says {parent} ({date})</source>
        <translation>{thriving}, siger {parent} ({date})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="262"/>
        <source>Work and education</source>
        <translation>Arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="267"/>
        <source>in work</source>
        <translation>i arbejde</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="268"/>
        <source>in education</source>
        <translation>i uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="269"/>
        <source>on unemployment benefit (dagpenge)</source>
        <translation>på dagpenge</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="272"/>
        <source>on cash benefit (kontanthjælp)</source>
        <translation>på kontanthjælp</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="275"/>
        <source>on education benefit (uddannelseshjælp)</source>
        <translation>på uddannelseshjælp</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="278"/>
        <source>on integration benefit (integrationsydelse)</source>
        <translation>på integrationsydelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="281"/>
        <source>on sickness benefit (sygedagpenge)</source>
        <translation>på sygedagpenge</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="284"/>
        <source>on flex-job waiting benefit (ledighedsydelse)</source>
        <translation>på ledighedsydelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="287"/>
        <source>in a resource programme (ressourceforløb)</source>
        <translation>i ressourceforløb</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="290"/>
        <source>in a job clarification programme (jobafklaringsforløb)</source>
        <translation>i jobafklaringsforløb</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="293"/>
        <source>in rehabilitation (revalidering)</source>
        <translation>i revalidering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="296"/>
        <source>in a flex job (fleksjob)</source>
        <translation>i fleksjob</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="299"/>
        <source>on disability pension (førtidspension)</source>
        <translation>på førtidspension</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="302"/>
        <source>on student grant (SU)</source>
        <translation>på SU</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="303"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="308"/>
        <source>{text} (since {date})</source>
        <translation>{text} (siden {date})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="314"/>
        <source>not measured yet</source>
        <translation>ikke målt endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="319"/>
        <source>not written down yet</source>
        <translation>ikke skrevet ned endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="324"/>
        <source>How the child is doing</source>
        <translation>Sådan har barnet det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="325"/>
        <source>The child&apos;s thriving (parent&apos;s view)</source>
        <translation>Barnets trivsel (forældrenes vurdering)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="330"/>
        <source>thrives better than before</source>
        <translation>trives bedre end før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="331"/>
        <source>thrives as before</source>
        <translation>trives som før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="332"/>
        <source>thrives worse than before</source>
        <translation>trives dårligere end før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="343"/>
        <source>Leisure activities</source>
        <translation>Fritidsaktiviteter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="347"/>
        <source>none at the moment</source>
        <translation>ingen lige nu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="352"/>
        <source>Clubs, volunteers and networks</source>
        <translation>Foreninger, frivillige og netværk</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="353"/>
        <source>Contact with civil society</source>
        <translation>Kontakt til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="358"/>
        <source>association</source>
        <translation>forening</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="359"/>
        <source>volunteer</source>
        <translation>frivillig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="360"/>
        <source>network group</source>
        <translation>netværksgruppe</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="370"/>
        <source>jobcenter</source>
        <translation>jobcenter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="371"/>
        <source>school</source>
        <translation>skole</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="372"/>
        <source>daycare</source>
        <translation>dagtilbud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="373"/>
        <source>health care</source>
        <translation>sundhedsvæsenet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="374"/>
        <source>psychiatry</source>
        <translation>psykiatrien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="375"/>
        <source>the municipality&apos;s social services</source>
        <translation>kommunens socialforvaltning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="378"/>
        <source>club, association or volunteer</source>
        <translation>forening, klub eller frivillig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="381"/>
        <source>family, friends and neighbours</source>
        <translation>familie, venner og naboer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="391"/>
        <source>{role}, born {year}</source>
        <translation>{role}, født {year}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="397"/>
        <source>Contact: {person}</source>
        <translation>Kontaktperson: {person}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="402"/>
        <source>health</source>
        <translation>helbred</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="403"/>
        <source>work and education</source>
        <translation>arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="404"/>
        <source>economy</source>
        <translation>økonomi</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="405"/>
        <source>school and daycare</source>
        <translation>skole og dagtilbud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="406"/>
        <source>social circumstances</source>
        <translation>sociale forhold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="407"/>
        <source>family circumstances</source>
        <translation>familieforhold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="422"/>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="423"/>
        <source>Meeting at the office</source>
        <translation>Møde på kontoret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="424"/>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="425"/>
        <source>Video call</source>
        <translation>Videosamtale</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="430"/>
        <source>Present: {names}</source>
        <translation>Til stede: {names}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="434"/>
        <source>Summary (internal):</source>
        <translation>Referat (internt):</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="438"/>
        <source>Agreed next steps:</source>
        <translation>Aftalte næste skridt:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="442"/>
        <source>About the family:</source>
        <translation>Om familien:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="450"/>
        <source>{actor}: {notes}</source>
        <translation>{actor}: {notes}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="456"/>
        <source>Reviewed on {date} by {reviewer}</source>
        <translation>Gennemset den {date} af {reviewer}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="462"/>
        <source>The plan has not been reviewed yet.</source>
        <translation>Planen er ikke gennemset endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="466"/>
        <source>{author}, {date}</source>
        <translation>{author}, {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="472"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="476"/>
        <source>No review comments yet.</source>
        <translation>Ingen kommentarer fra gennemsyn endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="446"/>
        <source>On the map (internal):</source>
        <translation>På kortet (internt):</translation>
    </message>
</context>
<context>
    <name>FamilyWorkspace</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="281"/>
        <source>The family&apos;s pages</source>
        <translation>Familiens sider</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="283"/>
        <source>Choose a family in the list, or create a new one with “New family”.</source>
        <translation>Vælg en familie på listen, eller opret en ny med »Ny familie«.</translation>
    </message>
</context>
<context>
    <name>FormWrites</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/form_writes.py" line="24"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/form_writes.py" line="30"/>
        <source>Read-only: this family has been handed over to another coordinator.</source>
        <translation>Skrivebeskyttet: familien er overdraget til en anden koordinator.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/form_writes.py" line="35"/>
        <source>Read-only: as a supervisor you can write review comments and mark the plan as reviewed, nothing else.</source>
        <translation>Skrivebeskyttet: Som faglig leder kan du skrive kommentarer til gennemsynet og markere planen som gennemset, intet andet.</translation>
    </message>
</context>
<context>
    <name>FutureDates</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/future_dates.py" line="25"/>
        <source>{date} has not come yet. Answers are recorded on the day they are given: choose today or an earlier day.</source>
        <translation>{date} er ikke kommet endnu. Svar skrives på den dag, de bliver givet: vælg i dag eller en tidligere dag.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/future_dates.py" line="33"/>
        <source>{date} has not come yet. Is this a status that starts then? Press Save again to keep it, or change the date.</source>
        <translation>{date} er ikke kommet endnu. Er det en status, der begynder den dag? Tryk på Gem igen for at beholde den, eller ret datoen.</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="235"/>
        <source>Choose a goal, or add one with “New goal”.</source>
        <translation>Vælg et mål, eller tilføj et med “Nyt mål”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="243"/>
        <source>For {names}</source>
        <translation>For {names}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="250"/>
        <source>Target date {date}</source>
        <translation>Måldato {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="252"/>
        <source>Why it matters: {why}</source>
        <translation>Derfor er det vigtigt: {why}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="296"/>
        <source>Tick when the step is done</source>
        <translation>Sæt flueben, når skridtet er udført</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="354"/>
        <source>Choose where they are now, from 0 to 10.</source>
        <translation>Vælg, hvor de er nu, fra 0 til 10.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="437"/>
        <source>Remove the step “{what}”? It stays in the history.</source>
        <translation>Fjern skridtet “{what}”? Det bliver stående i historikken.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="438"/>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="487"/>
        <source>Remove step</source>
        <translation>Fjern skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="439"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="463"/>
        <source>Progress (0–10): where are you now?</source>
        <translation>Skalering (0–10): hvor er I nu?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="464"/>
        <source>Date of the rating</source>
        <translation>Dato for skaleringen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="466"/>
        <source>Where are you now, from 0 to 10</source>
        <translation>Hvor er I nu, fra 0 til 10</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="467"/>
        <source>0 is the worst it has been, 10 is the goal reached</source>
        <translation>0 er det værste, det har været; 10 er målet nået</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="468"/>
        <source>What would one step up look like? (optional)</source>
        <translation>Hvordan ser et skridt op ad skalaen ud? (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="470"/>
        <source>What would one step up look like</source>
        <translation>Hvordan ser et skridt op ud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="471"/>
        <source>Add rating</source>
        <translation>Tilføj skalering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="472"/>
        <source>Ratings, newest first</source>
        <translation>Skaleringer, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="473"/>
        <source>Remove rating</source>
        <translation>Fjern skalering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="474"/>
        <source>Steps: who does what by when</source>
        <translation>Skridt: hvem gør hvad hvornår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="477"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="478"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="479"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="480"/>
        <source>By when</source>
        <translation>Senest</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="481"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="484"/>
        <source>Steps of the goal</source>
        <translation>Målets skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="485"/>
        <source>New step</source>
        <translation>Nyt skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="486"/>
        <source>Edit step</source>
        <translation>Ret skridt</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="99"/>
        <source>Write the goal in the family&apos;s own words.</source>
        <translation>Skriv målet med familiens egne ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="118"/>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="118"/>
        <source>Edit goal</source>
        <translation>Ret mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="119"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="120"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="121"/>
        <source>&amp;Life area:</source>
        <translation>&amp;Livsområde:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="122"/>
        <source>&amp;Why it matters:</source>
        <translation>&amp;Derfor er det vigtigt:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="123"/>
        <source>Target date:</source>
        <translation>Måldato:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="124"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="125"/>
        <source>In the family&apos;s own words</source>
        <translation>Med familiens egne ord</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="126"/>
        <source>Why this matters to them (optional)</source>
        <translation>Hvorfor det betyder noget for dem (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="127"/>
        <source>No members yet – the goal is for the whole family</source>
        <translation>Ingen familiemedlemmer endnu – målet gælder hele familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="128"/>
        <source>Tick no one for a goal of the whole family</source>
        <translation>Sæt ikke flueben ved nogen, hvis målet gælder hele familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="129"/>
        <source>Set a date</source>
        <translation>Angiv dato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="138"/>
        <source>Save goal</source>
        <translation>Gem mål</translation>
    </message>
</context>
<context>
    <name>GoalsPlanTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="151"/>
        <source>Goals and plan</source>
        <translation>Mål og plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="325"/>
        <source>Remove the goal “{text}” with its steps and ratings, here and on the map? It stays in the history. A goal that is reached or dropped can keep its place with that status instead.</source>
        <translation>Fjern målet “{text}” med dets skridt og skaleringer, her og på kortet? Det bliver stående i historikken. Et mål, der er nået eller opgivet, kan i stedet blive stående med den status.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="329"/>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="362"/>
        <source>Remove goal</source>
        <translation>Fjern mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="330"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="353"/>
        <source>The chosen goal</source>
        <translation>Det valgte mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="354"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="355"/>
        <source>Family plan</source>
        <translation>Familiens plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="359"/>
        <source>The family&apos;s goals</source>
        <translation>Familiens mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="360"/>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="361"/>
        <source>Edit goal</source>
        <translation>Ret mål</translation>
    </message>
</context>
<context>
    <name>HeldFamilyNotice</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="128"/>
        <source>Save refused changes</source>
        <translation>Gem afviste ændringer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="129"/>
        <source>refused-changes.json</source>
        <translation>afviste-aendringer.json</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="130"/>
        <source>JSON export (*.json)</source>
        <translation>JSON-eksport (*.json)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="141"/>
        <source>Save the file outside the data folder: everything in it stays encrypted.</source>
        <translation>Gem filen uden for datamappen: alt i den skal forblive krypteret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="145"/>
        <source>Cannot write {path}: {reason}. Nothing was saved.</source>
        <translation>Kan ikke skrive {path}: {reason}. Intet er gemt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="157"/>
        <source>Saved to {path} (%n change(s), the refused ones included). Give the file to the family&apos;s new coordinator: they import it with “ftbt-desktop import”. It holds personal data: delete it once it is handed on.</source>
        <translation>
            <numerusform>Gemt i {path} (%n ændring, den afviste medregnet). Giv filen til familiens nye koordinator, som indlæser den med “ftbt-desktop import”. Den indeholder personoplysninger: slet den, når den er givet videre.</numerusform>
            <numerusform>Gemt i {path} (%n ændringer, de afviste medregnet). Giv filen til familiens nye koordinator, som indlæser den med “ftbt-desktop import”. Den indeholder personoplysninger: slet den, når den er givet videre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="174"/>
        <source>Remove from this computer</source>
        <translation>Fjern fra denne computer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="176"/>
        <source>Remove “{name}” from this computer? The refused changes are deleted with it. Save them first if the new coordinator needs them.</source>
        <translation>Fjern “{name}” fra denne computer? De afviste ændringer slettes sammen med den. Gem dem først, hvis den nye koordinator har brug for dem.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="185"/>
        <source>Keep it for now</source>
        <translation>Behold den indtil videre</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="212"/>
        <source>Changes made here are still waiting to be sent. Sync first, then remove the family.</source>
        <translation>Ændringer lavet her venter stadig på at blive sendt. Synkronisér først, og fjern så familien.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="241"/>
        <source>Save for the new coordinator…</source>
        <translation>Gem til den nye koordinator…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="243"/>
        <source>Save the changes not sent for the new coordinator</source>
        <translation>Gem de ændringer, der ikke blev sendt, til den nye koordinator</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="245"/>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="246"/>
        <source>Remove the family from this computer</source>
        <translation>Fjern familien fra denne computer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="252"/>
        <source>Written here, not sent</source>
        <translation>Skrevet her, ikke sendt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="254"/>
        <source>The central server refused %n change(s) made here. They exist only on this computer, so the family stays until you let it go. Save them as a file for the family&apos;s new coordinator (or contact them), then remove the family.</source>
        <translation>
            <numerusform>Den centrale server afviste en ændring, der blev lavet her. Den findes kun på denne computer, så familien bliver her, indtil du giver slip på den. Gem ændringen som en fil til familiens nye koordinator (eller kontakt vedkommende), og fjern derefter familien.</numerusform>
            <numerusform>Den centrale server afviste %n ændringer, der blev lavet her. De findes kun på denne computer, så familien bliver her, indtil du giver slip på den. Gem ændringerne som en fil til familiens nye koordinator (eller kontakt vedkommende), og fjern derefter familien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="183"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="207"/>
        <source>A sync is running. Try again in a moment.</source>
        <translation>En synkronisering er i gang. Prøv igen om et øjeblik.</translation>
    </message>
</context>
<context>
    <name>HistoryNames</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_names.py" line="92"/>
        <source>{name} (removed)</source>
        <translation>{name} (fjernet)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_names.py" line="96"/>
        <source>The family too</source>
        <translation>Også familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_names.py" line="101"/>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="161"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="229"/>
        <source>No changes match “{text}”.</source>
        <translation>Ingen ændringer passer på »{text}«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="231"/>
        <source>No changes yet.</source>
        <translation>Ingen ændringer endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="237"/>
        <source>Filter by name, field, value or who…</source>
        <translation>Filtrer på navn, felt, værdi eller hvem…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="238"/>
        <source>Filter history</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="242"/>
        <source>History of changes</source>
        <translation>Historik over ændringer</translation>
    </message>
</context>
<context>
    <name>KeyResults</name>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="25"/>
        <source>{area}: too few people to show a figure (fewer than 5), or none recorded.</source>
        <translation>{area}: for få personer til at vise et tal (færre end 5), eller intet registreret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="35"/>
        <source>{families} families, period {period}.</source>
        <translation>{families} familier, perioden {period}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="42"/>
        <source>Wellbeing (WHO-5): no adult has two measures in the period.</source>
        <translation>Trivsel (WHO-5): ingen voksne har to målinger i perioden.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="48"/>
        <source>Wellbeing (WHO-5): of {n} adults with two measures, {share} moved from risk of depression or stress into not at risk.</source>
        <translation>Trivsel (WHO-5): blandt {n} voksne med to målinger flyttede {share} fra risiko for depression eller stress til ikke i risiko.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="55"/>
        <source>Wellbeing (WHO-5)</source>
        <translation>Trivsel (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="58"/>
        <source>Work and education: of {n} parents, {first} were self-supporting at their first status and {latest} at their latest ({change} percentage points).</source>
        <translation>Arbejde og uddannelse: af {n} forældre var {first} selvforsørgende ved første registrering og {latest} ved seneste ({change} procentpoint).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="65"/>
        <source>By the evaluation&apos;s strict definition: {first} and {latest}.</source>
        <translation>Efter evalueringens strenge definition: {first} og {latest}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="70"/>
        <source>Work and education</source>
        <translation>Arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="74"/>
        <source>Children&apos;s thriving: {share} of {n} parents who rated it saw at least one child thriving better.</source>
        <translation>Barnets trivsel: {share} af {n} forældre, der vurderede den, så mindst ét barn trives bedre.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="81"/>
        <source>Children&apos;s thriving</source>
        <translation>Barnets trivsel</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="85"/>
        <source>Leisure: {latest} of {n} children had a leisure activity at the latest (at the start: {start}).</source>
        <translation>Fritid: {latest} af {n} børn havde en fritidsaktivitet til sidst (ved start: {start}).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="92"/>
        <source>Leisure</source>
        <translation>Fritid</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="96"/>
        <source>Civil society: {latest} of {n} families had a connection at the latest (at the start: {start}).</source>
        <translation>Civilsamfund: {latest} af {n} familier havde kontakt til civilsamfundet til sidst (ved start: {start}).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="103"/>
        <source>Civil society</source>
        <translation>Civilsamfund</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="112"/>
        <source>Cross-department casework: no actors were recorded in the plans.</source>
        <translation>Tværgående sagsbehandling: der er ikke registreret aktører i planerne.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="116"/>
        <source>Cross-department casework: {two} of {n} families had at least two actors in their plan.</source>
        <translation>Tværgående sagsbehandling: {two} af {n} familier havde mindst to aktører i deres plan.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="122"/>
        <source>{done} of {steps} steps owned by an actor were done.</source>
        <translation>{done} af {steps} skridt, som en aktør havde ansvaret for, blev udført.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="126"/>
        <source>Cross-department casework</source>
        <translation>Tværgående sagsbehandling</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="129"/>
        <source>No goals were recorded in the period.</source>
        <translation>Der er ikke registreret nogen mål i perioden.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="131"/>
        <source>Of {n} goals in the families&apos; plans, {reached} were reached.</source>
        <translation>Af {n} mål i familiernes planer blev {reached} nået.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="135"/>
        <source>Too few goals were reached to show the number (fewer than 5).</source>
        <translation>For få mål blev nået til at vise tallet (færre end 5).</translation>
    </message>
</context>
<context>
    <name>KitchenGoalsPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="107"/>
        <source>No goals yet. Add one on the map.</source>
        <translation>Ingen mål endnu. Tilføj et på kortet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="135"/>
        <source>Our goals</source>
        <translation>Vores mål</translation>
    </message>
</context>
<context>
    <name>KitchenTableWindow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="343"/>
        <source>The passphrase could not be checked. Family view stays.</source>
        <translation>Adgangssætningen kunne ikke tjekkes. Familievisningen bliver på skærmen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="346"/>
        <source>That is not the passphrase. Family view stays until it is typed right.</source>
        <translation>Det er ikke den rigtige adgangssætning. Familievisningen bliver, til den er skrevet rigtigt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="386"/>
        <source>Family view – {app}</source>
        <translation>Familievisning – {app}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="388"/>
        <source>Family view: only this family&apos;s map and goals are shown.</source>
        <translation>Familievisning: kun denne families kort og mål vises.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="389"/>
        <source>Leave family view</source>
        <translation>Forlad familievisning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="390"/>
        <source>Asks for the coordinator&apos;s passphrase</source>
        <translation>Kræver koordinatorens adgangssætning</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="147"/>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="163"/>
        <source>Leave family view</source>
        <translation>Forlad familievisning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="150"/>
        <source>Type your passphrase to leave family view.</source>
        <translation>Skriv din adgangssætning for at forlade familievisningen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="155"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="167"/>
        <source>Stay</source>
        <translation>Bliv</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="183"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv først din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="192"/>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
</context>
<context>
    <name>LeisureForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="87"/>
        <source>Add a child to the family first.</source>
        <translation>Tilføj først et barn til familien.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="90"/>
        <source>Say what the activity is, e.g. football or scouts.</source>
        <translation>Skriv, hvilken aktivitet det er, fx fodbold eller spejder.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="108"/>
        <source>Leisure activity</source>
        <translation>Fritidsaktivitet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="110"/>
        <source>Edit leisure activity</source>
        <translation>Rediger fritidsaktivitet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="112"/>
        <source>&amp;Child:</source>
        <translation>&amp;Barn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="113"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="114"/>
        <source>W&amp;here:</source>
        <translation>H&amp;vor:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="115"/>
        <source>e.g. football</source>
        <translation>fx fodbold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="116"/>
        <source>e.g. the local football club (optional)</source>
        <translation>fx den lokale fodboldklub (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="117"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="118"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
</context>
<context>
    <name>LeisureForms</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="26"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen ligger før startdatoen.</translation>
    </message>
</context>
<context>
    <name>LocalEraseFlow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="44"/>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="61"/>
        <source>A sync is running. Erase the family when it has finished.</source>
        <translation>En synkronisering er i gang. Slet familien, når den er færdig.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="63"/>
        <source>Erasing the family…</source>
        <translation>Sletter familien …</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="74"/>
        <source>“{name}” was erased from this computer.</source>
        <translation>“{name}” er slettet fra denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="83"/>
        <source>The family has been sent to the server, so it can only be erased there: ask the server&apos;s administrator to erase it. It is then removed from this computer at the next sync.</source>
        <translation>Familien er sendt til serveren, så den kan kun slettes der: bed serverens administrator om at slette den. Så fjernes den fra denne computer ved næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="89"/>
        <source>The family is no longer on this computer.</source>
        <translation>Familien er ikke længere på denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="91"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="96"/>
        <source>Erasing the family failed. Try again; if it fails again, ask IT support for help.</source>
        <translation>Familien kunne ikke slettes. Prøv igen; går det galt igen, så kontakt din it-support.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="104"/>
        <source>Erase the family</source>
        <translation>Slet familien</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="171"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="175"/>
        <source>Lock FTBT Desktop now (Ctrl+L)</source>
        <translation>Lås FTBT Desktop nu (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="176"/>
        <source>Change passphrase…</source>
        <translation>Skift adgangssætning…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="177"/>
        <source>New recovery key…</source>
        <translation>Ny gendannelsesnøgle…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="178"/>
        <source>Restore from backup…</source>
        <translation>Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="179"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="180"/>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="437"/>
        <source>About FTBT Desktop</source>
        <translation>Om FTBT Desktop</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="181"/>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="201"/>
        <source>Data folder: {folder}</source>
        <translation>Datamappe: {folder}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="139"/>
        <source>Your recovery key was never confirmed as stored: FTBT Desktop locked or closed while it was on the screen. Make a new one now and store it, or you may have no way in if you forget your passphrase.</source>
        <translation>Det blev aldrig bekræftet, at din gendannelsesnøgle er gemt: FTBT Desktop blev låst eller lukket, mens den stod på skærmen. Lav en ny nu, og gem den, ellers har du måske ingen vej ind, hvis du glemmer din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="183"/>
        <source>The new passphrase is saved. Use it from now on.</source>
        <translation>Den nye adgangssætning er gemt. Brug den fra nu af.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="222"/>
        <source>The vault&apos;s own key file was put back from the backups folder.</source>
        <translation>Boksens egen nøglefil blev lagt tilbage fra mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="484"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="230"/>
        <source>The backup from {when} was restored.</source>
        <translation>Sikkerhedskopien fra {when} er gendannet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="244"/>
        <source>No whole backup was found, so the vault cannot be restored here. Do not delete the data folder; contact your IT support.</source>
        <translation>Der blev ikke fundet nogen hel sikkerhedskopi, så boksen kan ikke gendannes her. Slet ikke datamappen, men kontakt din it-support.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="355"/>
        <source>FTBT Desktop locked itself because it was not used for a while.</source>
        <translation>FTBT Desktop har låst sig selv, fordi den ikke har været brugt i et stykke tid.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="406"/>
        <source>The passphrase was changed.</source>
        <translation>Adgangssætningen er skiftet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="417"/>
        <source>The new recovery key replaces the old one.</source>
        <translation>Den nye gendannelsesnøgle erstatter den gamle.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="439"/>
        <source>FTBT Desktop {version}

For family coordinators in Familiens Trivsel – Barnets Trivsel: the whole family&apos;s plan, in one place.

The information is kept encrypted on this computer and opens only with your passphrase.</source>
        <translation>FTBT Desktop {version}

Til familiekoordinatorer i Familiens Trivsel – Barnets Trivsel: hele familiens plan samlet ét sted.

Oplysningerne gemmes krypteret på denne computer og kan kun åbnes med din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="494"/>
        <source>That backup is damaged and was not used. Choose another one.</source>
        <translation>Den sikkerhedskopi er beskadiget og blev ikke brugt. Vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="497"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
</context>
<context>
    <name>MapAsList</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="85"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="89"/>
        <source>{kind}: “{label}”</source>
        <translation>{kind}: »{label}«</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="95"/>
        <source>concerns {names}</source>
        <translation>vedrører {names}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="111"/>
        <source>{kind} “{label}”</source>
        <translation>{kind} »{label}«</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="126"/>
        <source>{a} and {b}: {kind}, both ways</source>
        <translation>{a} og {b}: {kind}, begge veje</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="130"/>
        <source>{a} {kind} {b}</source>
        <translation>{a} {kind} {b}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="135"/>
        <source> (“{words}”)</source>
        <translation> (»{words}«)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="136"/>
        <source>Link: {sentence}</source>
        <translation>Forbindelse: {sentence}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="291"/>
        <source>Removed: {item}</source>
        <translation>Fjernet: {item}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="309"/>
        <source>Added: {item}</source>
        <translation>Tilføjet: {item}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="315"/>
        <source>The map changed.</source>
        <translation>Kortet er ændret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="337"/>
        <source>Changed: {item}</source>
        <translation>Ændret: {item}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="432"/>
        <source>Nothing selected</source>
        <translation>Intet valgt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="434"/>
        <source>{count} selected</source>
        <translation>{count} valgt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="438"/>
        <source>Selected: {item}</source>
        <translation>Valgt: {item}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="465"/>
        <source>{nodes} nodes and {links} links. {selection}. Press F6 for the map as a list.</source>
        <translation>{nodes} elementer og {links} forbindelser. {selection}. Tryk F6 for at få kortet som liste.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="473"/>
        <source>The map as a list ({count})</source>
        <translation>Kortet som liste ({count})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="513"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="515"/>
        <source>Show the map as a list of its nodes and links in words (F6)</source>
        <translation>Vis kortet som en liste over elementer og forbindelser i ord (F6)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="519"/>
        <source>The map as a list</source>
        <translation>Kortet som liste</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="520"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="32"/>
        <source>Add challenge</source>
        <translation>Tilføj udfordring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="33"/>
        <source>Add strength</source>
        <translation>Tilføj styrke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="34"/>
        <source>Add goal</source>
        <translation>Tilføj mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="35"/>
        <source>Add actor</source>
        <translation>Tilføj aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="36"/>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="37"/>
        <source>Add family member</source>
        <translation>Tilføj familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="115"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="134"/>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="176"/>
        <source>Change words</source>
        <translation>Ret ordene</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="186"/>
        <source>Set kind of actor</source>
        <translation>Vælg slags aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="198"/>
        <source>Set life area</source>
        <translation>Vælg livsområde</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="211"/>
        <source>Set family members</source>
        <translation>Vælg familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="226"/>
        <source>Mark internal</source>
        <translation>Markér som intern</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="228"/>
        <source>Show to the family</source>
        <translation>Vis for familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="256"/>
        <source>Link</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="278"/>
        <source>Change link</source>
        <translation>Ret forbindelsen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="293"/>
        <source>Change link words</source>
        <translation>Ret forbindelsens ord</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="207"/>
        <source>{family} – family map, {date}</source>
        <translation>{family} – familiekort, {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="211"/>
        <source>Version for the family (without internal notes).</source>
        <translation>Familiens udgave (uden interne noter).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="215"/>
        <source>Coordinator&apos;s version: internal notes included and marked.</source>
        <translation>Koordinatorens udgave: interne noter er med og markeret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="218"/>
        <source>Confidential: holds personal data. Made with FTBT Desktop.</source>
        <translation>Fortroligt: indeholder personoplysninger. Lavet med FTBT Desktop.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="221"/>
        <source>Family members: adults large, children small, dashed when not in the household; the shapes do not show gender.</source>
        <translation>Familiemedlemmer: voksne store, børn små, stiplet når de ikke bor i husstanden. Figurerne viser ikke køn.</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="47"/>
        <source>Export the map</source>
        <translation>Eksportér kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="49"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="50"/>
        <source>Picture (PNG)</source>
        <translation>Billede (PNG)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="52"/>
        <source>PDF document, sharp when printed</source>
        <translation>PDF-dokument, skarpt når det udskrives</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="62"/>
        <source>Who is it for?</source>
        <translation>Hvem er det til?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="64"/>
        <source>The family: without internal notes</source>
        <translation>Familien: uden interne noter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="69"/>
        <source>The coordinator: with internal notes, marked</source>
        <translation>Koordinatoren: med interne noter, markeret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="81"/>
        <source>The file will hold personal data about the family. Save it only in the encrypted folder your municipality prescribes, share it only as your municipality allows, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>Filen kommer til at indeholde personoplysninger om familien. Gem den kun i den krypterede mappe, din kommune foreskriver, del den kun, som din kommune tillader, og slet den, når den ikke længere skal bruges. Eksporten bliver logget.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="109"/>
        <source>family-map</source>
        <translation>familiekort</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="111"/>
        <source>family-map-internal</source>
        <translation>familiekort-internt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="118"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="120"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="122"/>
        <source>Save the map</source>
        <translation>Gem kortet</translation>
    </message>
</context>
<context>
    <name>MapExtras</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="101"/>
        <source>Save snapshot</source>
        <translation>Gem øjebliksbillede</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="102"/>
        <source>Keep the map as it looks today, with a name and the date</source>
        <translation>Gem kortet, som det ser ud i dag, med et navn og datoen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="105"/>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="106"/>
        <source>Show a snapshot beside the current map</source>
        <translation>Vis et øjebliksbillede ved siden af kortet, som det er nu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="108"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="108"/>
        <source>Save the map as a PNG picture or a PDF</source>
        <translation>Gem kortet som PNG-billede eller PDF</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="110"/>
        <source>Family view</source>
        <translation>Familievisning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="112"/>
        <source>Full screen with only this family&apos;s map and goals, to use with the family. Leaving it asks for your passphrase.</source>
        <translation>Fuld skærm med kun denne families kort og mål – til brug sammen med familien. Du skal skrive din adgangssætning for at forlade den.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="157"/>
        <source>The snapshot could not be saved.</source>
        <translation>Øjebliksbilledet kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="161"/>
        <source>Snapshot “{name}” saved. “Compare” shows it beside the map.</source>
        <translation>Øjebliksbilledet »{name}« er gemt. Med »Sammenlign« ser du det ved siden af kortet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="220"/>
        <source>The map could not be saved there. Choose another folder and try again.</source>
        <translation>Kortet kunne ikke gemmes dér. Vælg en anden mappe, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="231"/>
        <source>The export could not be noted in the vault&apos;s log, so nothing was saved.</source>
        <translation>Eksporten kunne ikke skrives i boksens log, så intet blev gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="236"/>
        <source>The map was saved as {file}. It holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation>Kortet er gemt som {file}. Filen indeholder personoplysninger: opbevar den sikkert, og slet den, når den ikke længere skal bruges.</translation>
    </message>
</context>
<context>
    <name>MapHistory</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_history.py" line="66"/>
        <source>Placed on the map</source>
        <translation>Sat på kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_history.py" line="70"/>
        <source>Moved on the map</source>
        <translation>Flyttet på kortet</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="85"/>
        <source>Adult</source>
        <translation>Voksen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="86"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="87"/>
        <source>Dashed: not in the household</source>
        <translation>Stiplet: bor ikke i husstanden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="88"/>
        <source>The shapes do not show gender.</source>
        <translation>Figurerne viser ikke køn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="89"/>
        <source>Legend</source>
        <translation>Signaturforklaring</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_page.py" line="36"/>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
</context>
<context>
    <name>MapWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="18"/>
        <location filename="../../ftbt_desktop/words/map.py" line="35"/>
        <location filename="../../ftbt_desktop/words/map.py" line="95"/>
        <location filename="../../ftbt_desktop/words/map.py" line="114"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="19"/>
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="20"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="21"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="22"/>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="23"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="30"/>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="31"/>
        <source>New actor</source>
        <translation>Ny aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="32"/>
        <source>New challenge</source>
        <translation>Ny udfordring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="33"/>
        <source>New strength</source>
        <translation>Ny styrke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="34"/>
        <source>New note</source>
        <translation>Ny note</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="41"/>
        <source>influences</source>
        <translation>påvirker</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="42"/>
        <source>supports</source>
        <translation>støtter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="43"/>
        <source>strains</source>
        <translation>belaster</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="44"/>
        <source>strong relation</source>
        <translation>stærk relation</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="45"/>
        <source>weak relation</source>
        <translation>svag relation</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="51"/>
        <source>No life area</source>
        <translation>Intet livsområde</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="53"/>
        <source>work and education</source>
        <translation>arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="54"/>
        <source>economy and housing</source>
        <translation>økonomi og bolig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="55"/>
        <source>physical and mental health</source>
        <translation>fysisk og psykisk helbred</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="56"/>
        <source>school, daycare and learning</source>
        <translation>skole, dagtilbud og læring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="59"/>
        <source>leisure and friendships</source>
        <translation>fritid og venskaber</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="60"/>
        <source>care and parenting</source>
        <translation>omsorg og forældreskab</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="61"/>
        <source>family relations</source>
        <translation>familierelationer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="62"/>
        <source>network and civil society</source>
        <translation>netværk og civilsamfund</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="70"/>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="71"/>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="72"/>
        <source>Daycare</source>
        <translation>Dagtilbud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="73"/>
        <source>Health</source>
        <translation>Sundhed</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="74"/>
        <source>Psychiatry</source>
        <translation>Psykiatri</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="75"/>
        <source>Social services</source>
        <translation>Socialforvaltning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="76"/>
        <source>Civil society</source>
        <translation>Civilsamfund</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="77"/>
        <source>Private network</source>
        <translation>Privat netværk</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="78"/>
        <source>Other actor</source>
        <translation>Anden aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="84"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="90"/>
        <source>Add a challenge here</source>
        <translation>Tilføj en udfordring her</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="91"/>
        <source>Add a strength here</source>
        <translation>Tilføj en styrke her</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="92"/>
        <source>Add a goal here</source>
        <translation>Tilføj et mål her</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="93"/>
        <source>Add an actor here</source>
        <translation>Tilføj en aktør her</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="94"/>
        <source>Add a note here</source>
        <translation>Tilføj en note her</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="101"/>
        <source>Add a challenge: what is hard for the family</source>
        <translation>Tilføj en udfordring: det, der er svært for familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="104"/>
        <source>Add a strength: what works, what the family can lean on</source>
        <translation>Tilføj en styrke: det, der virker, og det, familien kan læne sig op ad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="107"/>
        <source>Add a goal in the family&apos;s own words</source>
        <translation>Tilføj et mål med familiens egne ord</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="110"/>
        <source>Add an actor: jobcenter, school, club, volunteer…</source>
        <translation>Tilføj en aktør: jobcenter, skole, forening, frivillig…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="113"/>
        <source>Add a free note</source>
        <translation>Tilføj en fri note</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="119"/>
        <source>Internal (coordinator only)</source>
        <translation>Intern (kun for koordinator)</translation>
    </message>
</context>
<context>
    <name>MeasureWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="26"/>
        <source>Over the last two weeks…</source>
        <translation>I de sidste 2 uger…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="32"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation>har jeg været glad og i godt humør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="33"/>
        <source>I have felt calm and relaxed</source>
        <translation>har jeg følt mig rolig og afslappet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="34"/>
        <source>I have felt active and vigorous</source>
        <translation>har jeg følt mig aktiv og energisk</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="35"/>
        <source>I woke up feeling fresh and rested</source>
        <translation>er jeg vågnet frisk og udhvilet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="36"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation>har min dagligdag været fyldt med ting der interesserer mig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="45"/>
        <source>All of the time</source>
        <translation>Hele tiden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="46"/>
        <source>Most of the time</source>
        <translation>Det meste af tiden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="47"/>
        <source>More than half of the time</source>
        <translation>Lidt mere end halvdelen af tiden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="48"/>
        <source>Less than half of the time</source>
        <translation>Lidt mindre end halvdelen af tiden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="49"/>
        <source>Some of the time</source>
        <translation>Lidt af tiden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="50"/>
        <source>At no time</source>
        <translation>På intet tidspunkt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="60"/>
        <source>WHO-5 Well-Being Index (World Health Organization), free to use. Danish version: Psykiatrisk Center Nordsjælland.</source>
        <translation>WHO-5 Trivselsindeks (Verdenssundhedsorganisationen, WHO), frit at bruge. Dansk version: Psykiatrisk Center Nordsjælland.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="69"/>
        <source>high risk of depression or stress</source>
        <translation>stor risiko for depression eller stress</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="72"/>
        <source>risk of depression or stress</source>
        <translation>risiko for depression eller stress</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="73"/>
        <source>not at risk</source>
        <translation>ikke i risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="87"/>
        <source>{score} of 100</source>
        <translation>{score} af 100</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="93"/>
        <source>First measure</source>
        <translation>Første måling</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="96"/>
        <source>{change} points (small change)</source>
        <translation>{change} point (lille ændring)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="100"/>
        <source>{change} points: meaningful improvement</source>
        <translation>{change} point: betydende forbedring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="103"/>
        <source>{change} points: meaningful decline</source>
        <translation>{change} point: betydende forværring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="113"/>
        <source>Item {items} is not answered. Answer it to save; nothing is lost.</source>
        <translation>Spørgsmål {items} er ikke besvaret. Besvar det for at gemme; intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="116"/>
        <source>Items {items} are not answered. Answer them to save; nothing is lost.</source>
        <translation>Spørgsmål {items} er ikke besvaret. Besvar dem for at gemme; intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="126"/>
        <source>Employed</source>
        <translation>Beskæftiget</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="127"/>
        <source>In education</source>
        <translation>Under uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="128"/>
        <source>Unemployment benefit (dagpenge)</source>
        <translation>Dagpenge</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="131"/>
        <source>Cash benefit (kontanthjælp)</source>
        <translation>Kontanthjælp</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="134"/>
        <source>Education benefit (uddannelseshjælp)</source>
        <translation>Uddannelseshjælp</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="137"/>
        <source>Integration benefit (integrationsydelse)</source>
        <translation>Integrationsydelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="140"/>
        <source>Sickness benefit (sygedagpenge)</source>
        <translation>Sygedagpenge</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="143"/>
        <source>Flex-job waiting benefit (ledighedsydelse)</source>
        <translation>Ledighedsydelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="146"/>
        <source>Resource programme (ressourceforløb)</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="149"/>
        <source>Job clarification programme (jobafklaringsforløb)</source>
        <translation>Jobafklaringsforløb</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="152"/>
        <source>Rehabilitation (revalidering)</source>
        <translation>Revalidering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="155"/>
        <source>Flex job (fleksjob)</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="158"/>
        <source>Disability pension (førtidspension)</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="161"/>
        <source>Student grant (SU)</source>
        <translation>SU</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="162"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="172"/>
        <source>Self-supporting</source>
        <translation>Selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="174"/>
        <source>Not self-supporting</source>
        <translation>Ikke selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="181"/>
        <source>SU counts as self-supporting</source>
        <translation>SU tæller som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="183"/>
        <source>SU does not count as self-supporting</source>
        <translation>SU tæller ikke som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="186"/>
        <source>fleksjob counts as self-supporting</source>
        <translation>fleksjob tæller som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="188"/>
        <source>fleksjob does not count as self-supporting</source>
        <translation>fleksjob tæller ikke som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="192"/>
        <source>Self-supporting means receiving no public benefit. Definition in use: {su}; {fleksjob} (change it in Settings).</source>
        <translation>Selvforsørgende betyder, at man ikke modtager offentlig forsørgelse. Definition i brug: {su}; {fleksjob} (kan ændres under Indstillinger).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="204"/>
        <source>Thrives better than before</source>
        <translation>Trives bedre end før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="205"/>
        <source>Thrives the same as before</source>
        <translation>Trives som før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="206"/>
        <source>Thrives worse than before</source>
        <translation>Trives dårligere end før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="216"/>
        <source>Association</source>
        <translation>Forening</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="217"/>
        <source>Volunteer</source>
        <translation>Frivillig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="218"/>
        <source>Network group</source>
        <translation>Netværksgruppe</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="227"/>
        <source>ongoing</source>
        <translation>igangværende</translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="163"/>
        <source>Measures</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="348"/>
        <source>{child} is a child, and this is filled in for adults. It is open for {adult}: choose another adult in the form if someone else answers.</source>
        <translation>{child} er et barn, og det her udfyldes af voksne. Det er åbnet for {adult}. Vælg en anden voksen i skemaet, hvis det er en anden, der svarer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="443"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="444"/>
        <source>WHO-5…</source>
        <translation>WHO-5…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="445"/>
        <source>Wellbeing (WHO-5) for an adult</source>
        <translation>Trivsel (WHO-5) for en voksen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="446"/>
        <source>Work and education status…</source>
        <translation>Arbejde og uddannelse…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="447"/>
        <source>Child&apos;s thriving…</source>
        <translation>Barnets trivsel…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="448"/>
        <source>Leisure activity…</source>
        <translation>Fritidsaktivitet…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="449"/>
        <source>Civil-society connection…</source>
        <translation>Kontakt til civilsamfundet…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="450"/>
        <source>Export WHO-5 (FHIR)…</source>
        <translation>Eksportér WHO-5 (FHIR)…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="453"/>
        <source>The chosen adult&apos;s WHO-5 measures as a file for the municipality&apos;s health or case system (KL&apos;s WHO-5 questionnaire, FHIR)</source>
        <translation>Den valgte voksnes WHO-5-målinger som en fil til kommunens sundheds- eller sagssystem (KL&apos;s WHO-5-spørgeskema, FHIR)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="457"/>
        <source>The family&apos;s civil-society connections</source>
        <translation>Familiens kontakter til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="461"/>
        <source>No civil-society connections yet.</source>
        <translation>Ingen kontakter til civilsamfundet endnu.</translation>
    </message>
</context>
<context>
    <name>MeasuresTimeline</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="83"/>
        <source>(removed member)</source>
        <translation>(fjernet familiemedlem)</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="178"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="205"/>
        <source>New family member</source>
        <translation>Nyt familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="207"/>
        <source>Edit family member</source>
        <translation>Rediger familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="208"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="209"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="210"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Fødselsår:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="211"/>
        <source>First name, or the name the family uses</source>
        <translation>Fornavn, eller det navn familien bruger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="212"/>
        <source>e.g. 1985 (optional)</source>
        <translation>f.eks. 1985 (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="213"/>
        <source>Lives in the &amp;household</source>
        <translation>Bor i &amp;husstanden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="216"/>
        <source>Save member</source>
        <translation>Gem familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="217"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="89"/>
        <source>Members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="194"/>
        <source>Remove {name} from the family? The history keeps a record of them.</source>
        <translation>Fjern {name} fra familien? Historikken bevarer det, der er registreret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="197"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="198"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="212"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="253"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="257"/>
        <source>Family members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="258"/>
        <source>&amp;Add member</source>
        <translation>&amp;Tilføj familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="259"/>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="260"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="168"/>
        <source>Network and consent</source>
        <translation>Netværk og samtykke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="231"/>
        <source>{member} – {actor}: valid until {date} ({left})</source>
        <translation>{member} – {actor}: gyldigt til {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="252"/>
        <source>No valid §11a consent covers this actor: share no information yet.</source>
        <translation>Intet gyldigt samtykke efter § 11 a dækker denne aktør: del endnu ingen oplysninger.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="261"/>
        <source>Consent until {date}</source>
        <translation>Samtykke til {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="293"/>
        <source>Not recorded</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="295"/>
        <source>Ask who gave the consent, and tick them in the consent.</source>
        <translation>Spørg, hvem der gav samtykket, og sæt kryds ved dem i samtykket.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="357"/>
        <source>Save or cancel the consent you are typing first.</source>
        <translation>Gem eller annuller først det samtykke, du er ved at skrive.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="398"/>
        <source>Record that the consent about {member} for {actor} was withdrawn today?</source>
        <translation>Skal det registreres, at samtykket om {member} til {actor} er trukket tilbage i dag?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="403"/>
        <source>Withdraw</source>
        <translation>Træk tilbage</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="404"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="435"/>
        <source>Expiring soon</source>
        <translation>Udløber snart</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="436"/>
        <source>Consents that expire within a month</source>
        <translation>Samtykker, der udløber inden for en måned</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="437"/>
        <source>Actors around the family</source>
        <translation>Aktører omkring familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="440"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="441"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="442"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="443"/>
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="444"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="448"/>
        <source>No actors yet. Add the jobcenter, the school, a club…</source>
        <translation>Ingen aktører endnu. Tilføj jobcentret, skolen, en klub…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="450"/>
        <source>Add actor…</source>
        <translation>Tilføj aktør…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="451"/>
        <source>Add consent for this actor…</source>
        <translation>Tilføj samtykke for denne aktør…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="452"/>
        <source>Consents (§11a)</source>
        <translation>Samtykker (§ 11 a)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="455"/>
        <source>About</source>
        <translation>Vedrører</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="456"/>
        <source>Given by</source>
        <translation>Givet af</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="457"/>
        <source>Shared with</source>
        <translation>Deles med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="458"/>
        <source>Information</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="459"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="460"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="461"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="464"/>
        <source>No consents yet.</source>
        <translation>Ingen samtykker endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="465"/>
        <source>Add consent…</source>
        <translation>Tilføj samtykke…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="466"/>
        <source>Withdraw…</source>
        <translation>Træk tilbage…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="467"/>
        <source>Renew…</source>
        <translation>Forny…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="469"/>
        <source>A new consent for the same person, actors, information and purpose</source>
        <translation>Et nyt samtykke for samme person, aktører, oplysninger og formål</translation>
    </message>
</context>
<context>
    <name>NetworkWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="26"/>
        <source>Health</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="27"/>
        <source>Work and education</source>
        <translation>Arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="28"/>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="29"/>
        <source>School and daycare</source>
        <translation>Skole og dagtilbud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="30"/>
        <source>Social circumstances</source>
        <translation>Sociale forhold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="31"/>
        <source>Family circumstances</source>
        <translation>Familieforhold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="44"/>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="46"/>
        <source>Orally</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="62"/>
        <source>No valid consent</source>
        <translation>Intet gyldigt samtykke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="68"/>
        <source>expires today</source>
        <translation>udløber i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/network.py" line="71"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om 1 dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="77"/>
        <source>Withdrawn {date}</source>
        <translation>Trukket tilbage {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="81"/>
        <source>Expired {date}</source>
        <translation>Udløbet {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="85"/>
        <source>Valid from {date}</source>
        <translation>Gyldigt fra {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="89"/>
        <source>Expires soon: {date} ({left})</source>
        <translation>Udløber snart: {date} ({left})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="92"/>
        <source>Valid until {date}</source>
        <translation>Gyldigt til {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="98"/>
        <source>Name which kinds of information the consent covers. A consent to share “everything” (a blanket consent) is not valid under §11a of Retssikkerhedsloven.</source>
        <translation>Angiv, hvilke typer oplysninger samtykket dækker. Et samtykke til at dele “alt” (et generelt samtykke) er ikke gyldigt efter retssikkerhedslovens § 11 a.</translation>
    </message>
</context>
<context>
    <name>NewFamilyForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="292"/>
        <source>New family</source>
        <translation>Ny familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="293"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="294"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="295"/>
        <source>What the family is called, e.g. Hansen</source>
        <translation>Hvad familien hedder, f.eks. Hansen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="296"/>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="297"/>
        <source>Create family</source>
        <translation>Opret familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="298"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_widgets.py" line="95"/>
        <source>Show what I type</source>
        <translation>Vis det, jeg skriver</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_widgets.py" line="99"/>
        <source>New passphrase:</source>
        <translation>Ny adgangssætning:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_widgets.py" line="101"/>
        <source>Repeat it:</source>
        <translation>Gentag den:</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="107"/>
        <source>Choose a new passphrase</source>
        <translation>Vælg en ny adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="109"/>
        <source>You opened the vault with your recovery key. Choose a new passphrase now; the old one will no longer work. Your recovery key keeps working.</source>
        <translation>Du har åbnet boksen med din gendannelsesnøgle. Vælg en ny adgangssætning nu – den gamle virker ikke længere. Din gendannelsesnøgle virker fortsat.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="112"/>
        <source>Save the new passphrase</source>
        <translation>Gem den nye adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="116"/>
        <source>Saving the new passphrase…</source>
        <translation>Gemmer den nye adgangssætning…</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="49"/>
        <source>New recovery key</source>
        <translation>Ny gendannelsesnøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="66"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="69"/>
        <source>Keep the old key</source>
        <translation>Behold den gamle nøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="74"/>
        <source>This is your new recovery key. It is shown only this once. It replaces the old one when you have stored it and press Done; until then the old one still works.</source>
        <translation>Dette er din nye gendannelsesnøgle. Den vises kun denne ene gang. Den erstatter den gamle, når du har gemt den og trykker på Færdig; indtil da virker den gamle stadig.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="101"/>
        <source>A new recovery key replaces the one you have: the old one will no longer open this vault. Do this if your recovery key is lost, if someone else may have seen it, or if you never stored it. Your passphrase and your families stay as they are.</source>
        <translation>En ny gendannelsesnøgle erstatter den, du har: den gamle åbner ikke længere denne boks. Gør det, hvis din gendannelsesnøgle er bortkommet, hvis andre kan have set den, eller hvis du aldrig fik den gemt. Din adgangssætning og dine familier forbliver, som de er.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="109"/>
        <source>Your passphrase</source>
        <translation>Din adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="111"/>
        <source>Your passphrase:</source>
        <translation>Din adgangssætning:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="113"/>
        <source>The old recovery key may be known to someone else</source>
        <translation>Den gamle gendannelsesnøgle kan være kendt af andre</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="121"/>
        <source>Make a new recovery key</source>
        <translation>Lav en ny gendannelsesnøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="156"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv først din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="180"/>
        <source>Making a new recovery key…</source>
        <translation>Laver en ny gendannelsesnøgle…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="197"/>
        <source>The passphrase is not right. Try again.</source>
        <translation>Adgangssætningen er ikke rigtig. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="240"/>
        <source>Re-encrypting was stopped. Nothing was changed: the old recovery key still works. Press Done to try again, or keep the old key.</source>
        <translation>Krypteringen blev stoppet. Intet blev ændret: den gamle gendannelsesnøgle virker stadig. Tryk på Færdig for at prøve igen, eller behold den gamle nøgle.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="249"/>
        <source>The new recovery key could not be saved, so the old one still works. Try again, or close FTBT Desktop and make a new key later.</source>
        <translation>Den nye gendannelsesnøgle kunne ikke gemmes, så den gamle virker stadig. Prøv igen, eller luk FTBT Desktop, og lav en ny nøgle senere.</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="110"/>
        <source>Choose the goal the step belongs to.</source>
        <translation>Vælg det mål, skridtet hører til.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="152"/>
        <source>✓ In the plan</source>
        <translation>✓ I planen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="155"/>
        <source>Make plan step</source>
        <translation>Gør til skridt i planen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="157"/>
        <source>Make “{what}” a plan step</source>
        <translation>Gør “{what}” til et skridt i planen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="168"/>
        <source>Agreed next steps</source>
        <translation>Aftalte næste skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="169"/>
        <source>&amp;Goal for new plan steps:</source>
        <translation>&amp;Mål for nye skridt:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="171"/>
        <source>The family has no active goals yet. Add one under “Goals and plan” first.</source>
        <translation>Familien har ingen aktive mål endnu. Tilføj først et under “Mål og plan”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="173"/>
        <source>No next steps were agreed at this visit.</source>
        <translation>Der blev ikke aftalt næste skridt ved dette besøg.</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="320"/>
        <source>Read-only: select something on the map to see it here. Zoom and fit work; nothing can be added or moved.</source>
        <translation>Kun læsning: vælg noget på kortet for at se det her. Zoom og tilpas virker; intet kan tilføjes eller flyttes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="327"/>
        <source>Select something on the map to change it here. Double-click empty space to add, drag from the round handle of a selected node to link it.</source>
        <translation>Vælg noget på kortet for at rette det her. Dobbeltklik på en tom plads for at tilføje, og træk fra det runde håndtag på et valgt element for at forbinde det.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="334"/>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="349"/>
        <source>&amp;Words</source>
        <translation>&amp;Ord</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="335"/>
        <source>Life &amp;area</source>
        <translation>&amp;Livsområde</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="336"/>
        <source>Concerns &amp;these members</source>
        <translation>&amp;Handler om disse familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="338"/>
        <source>Lin&amp;k to</source>
        <translation>&amp;Forbind med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="339"/>
        <source>Choose what to link to</source>
        <translation>Vælg, hvad det skal forbindes med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="340"/>
        <source>Kind of ac&amp;tor</source>
        <translation>Slags ak&amp;tør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="345"/>
        <source>Add link</source>
        <translation>Tilføj forbindelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="346"/>
        <source>Link</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="347"/>
        <source>&amp;Kind</source>
        <translation>&amp;Slags</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="348"/>
        <source>&amp;Both ways</source>
        <translation>&amp;Begge veje</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="26"/>
        <source>a family</source>
        <translation>en familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="55"/>
        <source>“{name}” was erased from the central server and has been removed from this computer.</source>
        <translation>“{name}” er slettet fra den centrale server og er fjernet fra denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="90"/>
        <source>Something happened during sync.</source>
        <translation>Der skete noget under synkroniseringen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="95"/>
        <source>“{name}” is no longer among your team&apos;s families and has been removed from this computer.</source>
        <translation>“{name}” hører ikke længere til dit teams familier og er fjernet fra denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="108"/>
        <source>“{name}” was assigned to another coordinator and has been removed from this computer.</source>
        <translation>“{name}” er overdraget til en anden koordinator og er fjernet fra denne computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="34"/>
        <source>“{name}” is no longer among your team&apos;s families, and the central server refused %n change(s) made here.</source>
        <translation>
            <numerusform>“{name}” hører ikke længere til dit teams familier, og den centrale server afviste en ændring, der blev lavet her.</numerusform>
            <numerusform>“{name}” hører ikke længere til dit teams familier, og den centrale server afviste %n ændringer, der blev lavet her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="41"/>
        <source>“{name}” was assigned to another coordinator, and the central server refused %n change(s) made here.</source>
        <translation>
            <numerusform>“{name}” er overdraget til en anden koordinator, og den centrale server afviste en ændring, der blev lavet her.</numerusform>
            <numerusform>“{name}” er overdraget til en anden koordinator, og den centrale server afviste %n ændringer, der blev lavet her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="49"/>
        <source>The central server refused %n change(s) made here in “{name}”.</source>
        <translation>
            <numerusform>Den centrale server afviste en ændring, der blev lavet her i “{name}”.</numerusform>
            <numerusform>Den centrale server afviste %n ændringer, der blev lavet her i “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="62"/>
        <source>%n change(s) made here that were not sent were erased with it.</source>
        <translation>
            <numerusform>En ændring, der var lavet her og ikke sendt, blev slettet sammen med den.</numerusform>
            <numerusform>%n ændringer, der var lavet her og ikke sendt, blev slettet sammen med den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="69"/>
        <source>%n change(s) in “{name}” need your eye: they were made in two places.</source>
        <translation>
            <numerusform>En ændring i “{name}” kræver din stillingtagen: den blev lavet to steder.</numerusform>
            <numerusform>%n ændringer i “{name}” kræver din stillingtagen: de blev lavet to steder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="77"/>
        <source>New in the review of “{name}”: %n comment(s) or answer(s).</source>
        <translation>
            <numerusform>Nyt i gennemsynet af “{name}”: en kommentar eller et svar.</numerusform>
            <numerusform>Nyt i gennemsynet af “{name}”: %n kommentarer eller svar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="82"/>
        <source>%n new review comment(s) on the plan of “{name}”.</source>
        <translation>
            <numerusform>Ny kommentar fra gennemsyn til planen for “{name}”.</numerusform>
            <numerusform>%n nye kommentarer fra gennemsyn til planen for “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="86"/>
        <source>%n change(s) from the central server were not taken: their values break the rules.</source>
        <translation>
            <numerusform>En ændring fra den centrale server blev ikke taget med: dens værdi overholder ikke reglerne.</numerusform>
            <numerusform>%n ændringer fra den centrale server blev ikke taget med: deres værdier overholder ikke reglerne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="102"/>
        <source>The %n review comment(s) and mark(s) waiting here were sent to the central server first.</source>
        <translation>
            <numerusform>Kommentaren eller markeringen fra gennemsynet, som ventede her, blev sendt til den centrale server først.</numerusform>
            <numerusform>De %n kommentarer og markeringer fra gennemsynet, som ventede her, blev sendt til den centrale server først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="114"/>
        <source>The %n change(s) waiting here were sent to the central server first.</source>
        <translation>
            <numerusform>Ændringen, der ventede her, blev sendt til den centrale server først.</numerusform>
            <numerusform>De %n ændringer, der ventede her, blev sendt til den centrale server først.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="126"/>
        <source>Nothing to do. What was written in the review stays with the family on the central server.</source>
        <translation>Du skal ikke gøre noget. Det, der er skrevet i gennemsynet, bliver hos familien på den centrale server.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="131"/>
        <source>Nothing to do: the central server keeps the family for its new coordinator. Talk to your supervisor if the family should still be yours.</source>
        <translation>Du skal ikke gøre noget: den centrale server gemmer familien til dens nye koordinator. Tal med din faglige leder, hvis familien stadig burde være din.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="137"/>
        <source>The refused changes exist only on this computer, so the family stays here for now. Open the family, save them as a file for the family&apos;s coordinator (or contact them), then choose “Remove from this computer”.</source>
        <translation>De afviste ændringer findes kun på denne computer, så familien bliver her indtil videre. Åbn familien, gem dem som en fil til familiens koordinator (eller kontakt vedkommende), og vælg derefter “Fjern fra denne computer”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="145"/>
        <source>As a supervisor you write only review comments and the “reviewed” mark. The refused changes stay in History on this computer but are not shared with anyone; ask the family&apos;s coordinator to make them.</source>
        <translation>Som faglig leder skriver du kun kommentarer til gennemsynet og markerer planen som gennemset. De afviste ændringer bliver i historikken på denne computer, men deles ikke med nogen; bed familiens koordinator om at lave dem.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="151"/>
        <source>They stay in History but are not shared with anyone. Open the family to see what was refused; talk to your supervisor if you should be allowed to make them.</source>
        <translation>De bliver i historikken, men deles ikke med nogen. Åbn familien for at se, hvad der blev afvist; tal med din faglige leder, hvis du burde have lov til at lave dem.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="158"/>
        <source>Nothing to do. The municipality erased the family&apos;s data on an order; ask the data-protection officer if you need to know why.</source>
        <translation>Du skal ikke gøre noget. Kommunen har slettet familiens data efter en afgørelse; spørg databeskyttelsesrådgiveren, hvis du har brug for at vide hvorfor.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="163"/>
        <source>Nothing to do. Talk to your supervisor if this is unexpected.</source>
        <translation>Du skal ikke gøre noget. Tal med din leder, hvis det kommer uventet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="167"/>
        <source>Open the family and keep one of the two values; the other stays in History.</source>
        <translation>Åbn familien, og behold en af de to værdier; den anden bliver i historikken.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="172"/>
        <source>Open the family&apos;s plan and read it on the Review tab.</source>
        <translation>Åbn familiens plan, og læs den under fanen Gennemsyn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="176"/>
        <source>Nothing made here is affected. Tell your IT support: the central server may be an older version.</source>
        <translation>Intet af det, der er lavet her, berøres. Sig det til jeres it-support: den centrale server er måske en ældre version.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="201"/>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="202"/>
        <source>Messages ({count})</source>
        <translation>Beskeder ({count})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="207"/>
        <source>Messages: none unread</source>
        <translation>Beskeder: ingen ulæste</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="209"/>
        <source>Messages: 1 unread</source>
        <translation>Beskeder: 1 ulæst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="210"/>
        <source>Messages: {count} unread</source>
        <translation>Beskeder: {count} ulæste</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="183"/>
        <source>Show family</source>
        <translation>Vis familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="186"/>
        <source>Show the family “{name}”</source>
        <translation>Vis familien “{name}”</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="192"/>
        <source>Mark as read</source>
        <translation>Markér som læst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="194"/>
        <source>Mark as read: {message}</source>
        <translation>Markér som læst: {message}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="207"/>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="210"/>
        <source>What the central server told this computer during sync. A message stays here, also after FTBT Desktop locks, until you mark it as read.</source>
        <translation>Det, den centrale server har fortalt denne computer under synkroniseringen. En besked bliver her, også når FTBT Desktop låser, indtil du markerer den som læst.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="214"/>
        <source>No unread messages.</source>
        <translation>Ingen ulæste beskeder.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="215"/>
        <source>Unread messages</source>
        <translation>Ulæste beskeder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="216"/>
        <source>Mark all as read</source>
        <translation>Markér alle som læst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="217"/>
        <source>Mark all messages as read</source>
        <translation>Markér alle beskeder som læst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="218"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="219"/>
        <source>Close messages</source>
        <translation>Luk beskeder</translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="28"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="126"/>
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="29"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="127"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="31"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="128"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="32"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="36"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="40"/>
        <source>Measures and ratings dated within the period are used; see each definition.</source>
        <translation>Målinger og vurderinger dateret i perioden indgår; se de enkelte definitioner.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="198"/>
        <source>Outcome report</source>
        <translation>Resultatopgørelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="202"/>
        <source>Counts from 1 to 4 are shown as “&lt;5”, and so is a share or an average that rests on fewer than 5, so that no one can be recognised. A count of 0 is shown as 0: it tells nothing about anyone. “*” marks a figure hidden because a count under 5 could otherwise be worked out from it and the figures around it (“17 of 18” would tell that 1 is not). n is how many people (or families, or goals) a figure rests on. The report holds no names and no ids.</source>
        <translation>Antal fra 1 til 4 vises som “&lt;5”, og det samme gælder en andel eller et gennemsnit, der bygger på færre end 5, så ingen kan genkendes. Et antal på 0 vises som 0: det siger intet om nogen. “*” markerer et tal, der er skjult, fordi et antal under 5 ellers kunne regnes ud fra det og tallene omkring det (“17 af 18” ville fortælle, at 1 ikke er). n er det antal personer (eller familier eller mål), et tal bygger på. Opgørelsen indeholder ingen navne og ingen id’er.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="227"/>
        <source>Who is counted</source>
        <translation>Hvem der indgår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="228"/>
        <source>Families are counted whatever their status (active or closed); with a period, those whose effort (from its start date to its end date, either of which may be open) overlaps the period. Adults are the family members with the role parent, partner or other adult; children those with the role child. Members removed from a family are not counted.</source>
        <translation>Familier tælles med uanset status (aktiv eller lukket); med en periode de familier, hvis forløb (fra startdato til slutdato, hvor begge kan være åbne) overlapper perioden. Voksne er familiemedlemmer med rollen forælder, partner eller anden voksen; børn er dem med rollen barn. Familiemedlemmer, der er fjernet fra en familie, tælles ikke med.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="239"/>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="246"/>
        <source>Adults</source>
        <translation>Voksne</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="249"/>
        <source>Family members with the role parent, partner or other adult.</source>
        <translation>Familiemedlemmer med rollen forælder, partner eller anden voksen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="255"/>
        <source>Children</source>
        <translation>Børn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="258"/>
        <source>Family members with the role child.</source>
        <translation>Familiemedlemmer med rollen barn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="267"/>
        <source>Adults (parents, partners and other adults) with at least two WHO-5 measures dated within the period. First = the earliest of those measures, latest = the most recent. Bands (Danish cut-offs; score 0–100 = raw sum × 4): {hr} {high_risk}, {r} {risk}, {ok} {not_at_risk}.</source>
        <translation>Voksne (forældre, partnere og andre voksne) med mindst to WHO-5-målinger dateret i perioden. Første = den tidligste af disse målinger, seneste = den nyeste. Grupper (danske grænseværdier; score 0–100 = rå sum × 4): {hr} {high_risk}, {r} {risk}, {ok} {not_at_risk}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="285"/>
        <source>Adults with at least two WHO-5 measures</source>
        <translation>Voksne med mindst to WHO-5-målinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="296"/>
        <source>WHO-5 first: {first}; latest: {latest}</source>
        <translation>WHO-5 første: {first}; seneste: {latest}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="301"/>
        <source>Adults whose first measure was in the band named first and whose latest measure was in the band named second. {measured}</source>
        <translation>Voksne, hvis første måling lå i den først nævnte gruppe, og hvis seneste måling lå i den sidst nævnte. {measured}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="313"/>
        <source>Moved from risk or high risk into not at risk</source>
        <translation>Flyttet fra risiko eller stor risiko til ikke i risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="318"/>
        <source>Adults whose first measure was in the band risk or high risk and whose latest was not at risk, as a share of all adults with at least two measures.</source>
        <translation>Voksne, hvis første måling lå i gruppen risiko eller stor risiko, og hvis seneste lå i gruppen ikke i risiko, som andel af alle voksne med mindst to målinger.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="329"/>
        <source>… of those who started at risk or high risk</source>
        <translation>… af dem, der startede i risiko eller stor risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="334"/>
        <source>The same adults, as a share of those whose first measure was in the band risk or high risk.</source>
        <translation>De samme voksne som andel af dem, hvis første måling lå i gruppen risiko eller stor risiko.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="342"/>
        <source>Wellbeing (WHO-5)</source>
        <translation>Trivsel (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="348"/>
        <source>Parents are the family members with the role parent or partner. Counted: parents with at least one work and education status dated within the period; first = the earliest of those statuses, latest = the most recent.</source>
        <translation>Forældre er familiemedlemmer med rollen forælder eller partner. Med i opgørelsen er forældre med mindst én registreret tilknytning til arbejde og uddannelse dateret i perioden; første = den tidligste af disse registreringer, seneste = den nyeste.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="359"/>
        <source>Self-support (parents)</source>
        <translation>Selvforsørgelse (forældre)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="364"/>
        <source>Self-supporting at the first status</source>
        <translation>Selvforsørgende ved første registrering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="371"/>
        <source>Self-supporting at the latest status</source>
        <translation>Selvforsørgende ved seneste registrering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="378"/>
        <source>Change in self-support (percentage points)</source>
        <translation>Ændring i selvforsørgelse (procentpoint)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="383"/>
        <source>The latest share minus the first, in percentage points, of the same parents. {definition}</source>
        <translation>Den seneste andel minus den første, i procentpoint, for de samme forældre. {definition}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="422"/>
        <source>{counted} The strict definition, as the programme&apos;s evaluation counted: only employed and in education count as self-supporting; SU and fleksjob do not. Shown beside the chosen definition so the two can be compared; “*” when the difference would point out fewer than 5 parents.</source>
        <translation>{counted} Den strenge definition, som programmets evaluering talte: kun beskæftigede og personer under uddannelse tælles som selvforsørgende; SU og fleksjob tæller ikke. Vises ved siden af den valgte definition, så de to kan sammenlignes; “*” når forskellen ville udpege færre end 5 forældre.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="430"/>
        <source>Self-supporting at the first status (strict definition)</source>
        <translation>Selvforsørgende ved første registrering (streng definition)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="433"/>
        <source>Self-supporting at the latest status (strict definition)</source>
        <translation>Selvforsørgende ved seneste registrering (streng definition)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="436"/>
        <source>Change in self-support, strict definition (percentage points)</source>
        <translation>Ændring i selvforsørgelse, streng definition (procentpoint)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="449"/>
        <source>Of the parents (role parent or partner) who gave at least one rating of a child&apos;s thriving dated within the period: those with at least one rating “thrives better than before”.</source>
        <translation>Blandt de forældre (rollen forælder eller partner), der har givet mindst én vurdering af et barns trivsel dateret i perioden: dem med mindst én vurdering “trives bedre end før”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="458"/>
        <source>Children&apos;s thriving (parents&apos; view)</source>
        <translation>Børnenes trivsel (forældrenes vurdering)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="463"/>
        <source>Parents who rated at least one child as thriving better</source>
        <translation>Forældre, der vurderer, at mindst ét barn trives bedre</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="475"/>
        <source>“At the start” is the family&apos;s start date, or the period&apos;s start if later (today when neither is known); “at the latest” is the earliest of the family&apos;s end date, the period&apos;s end and today.</source>
        <translation>“Ved start” er familiens startdato eller periodens start, hvis den er senere (i dag, hvis ingen af dem kendes); “senest” er den tidligste af familiens slutdato, periodens slutning og i dag.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="484"/>
        <source>All children (role child) of the families in the report; a child counts when a leisure activity of theirs was going on that day. {window}</source>
        <translation>Alle børn (rollen barn) i familierne i opgørelsen; et barn tælles med, når en af barnets fritidsaktiviteter var i gang den dag. {window}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="492"/>
        <source>Leisure activities (children)</source>
        <translation>Fritidsaktiviteter (børn)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="497"/>
        <source>Children in a leisure activity at the start</source>
        <translation>Børn med en fritidsaktivitet ved start</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="506"/>
        <source>Children in a leisure activity at the latest</source>
        <translation>Børn med en fritidsaktivitet senest</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="518"/>
        <source>Connections to associations, volunteers and network groups. A family counts when one of its connections was going on that day. {window}</source>
        <translation>Kontakt til foreninger, frivillige og netværksgrupper. En familie tælles med, når en af dens kontakter var i gang den dag. {window}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="526"/>
        <source>Civil-society connections</source>
        <translation>Kontakt til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="531"/>
        <source>Families with a civil-society connection at the start</source>
        <translation>Familier med kontakt til civilsamfundet ved start</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="540"/>
        <source>Families with a civil-society connection at the latest</source>
        <translation>Familier med kontakt til civilsamfundet senest</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="549"/>
        <source>Civil-society connections recorded</source>
        <translation>Registrerede kontakter til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="558"/>
        <source>Every connection recorded for the families in the report, whenever it began or ended.</source>
        <translation>Alle kontakter registreret for familierne i opgørelsen, uanset hvornår de begyndte eller sluttede.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="581"/>
        <source>All goals of the families in the report by their current status.</source>
        <translation>Alle mål for familierne i opgørelsen efter deres nuværende status.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="584"/>
        <source>For each goal with at least two progress ratings (0–10) dated within the period: the latest rating minus the first. The average over those goals.</source>
        <translation>For hvert mål med mindst to skaleringer (0–10) dateret i perioden: seneste skalering minus første. Gennemsnittet over disse mål.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="593"/>
        <source>Goals: {status}</source>
        <translation>Mål: {status}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="605"/>
        <source>Average change in progress rating (0–10 scale)</source>
        <translation>Gennemsnitlig ændring i skalering (0–10)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="617"/>
        <source>No goals were recorded in the period.</source>
        <translation>Der er ikke registreret nogen mål i perioden.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="623"/>
        <source>Goals and progress</source>
        <translation>Mål og fremskridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="633"/>
        <source>Actors are the jobcenter, school, daycare, health services, social services, associations and others recorded around a family; a family with at least two has a plan across departments. An actor&apos;s steps are the plan&apos;s steps an actor owns, counted by whether they are marked done now. A family counts as reviewed when a supervisor marked its plan reviewed on a day within the period. Joint meetings are not recorded as such and are not counted.</source>
        <translation>Aktører er jobcenter, skole, dagtilbud, sundhedsvæsen, socialforvaltning, foreninger og andre, der er registreret omkring en familie; en familie med mindst to har en plan på tværs af forvaltninger. En aktørs skridt er de skridt i planen, som en aktør har ansvaret for, talt efter om de nu er markeret som udført. En familie tæller som gennemset, når en leder har markeret dens plan som gennemset på en dag i perioden. Fælles møder registreres ikke som sådan og tælles ikke.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="649"/>
        <source>No actors, actor steps or plan reviews were recorded for these families.</source>
        <translation>Der er ikke registreret aktører, aktørers skridt eller gennemsyn af planer for disse familier.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="659"/>
        <source>Cross-department casework</source>
        <translation>Tværgående sagsbehandling</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="664"/>
        <source>Families with at least two actors in their plan</source>
        <translation>Familier med mindst to aktører i deres plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="673"/>
        <source>Actors recorded</source>
        <translation>Registrerede aktører</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="680"/>
        <source>Actors&apos; plan steps marked done</source>
        <translation>Aktørers skridt i planen markeret som udført</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="687"/>
        <source>Families whose plan a supervisor reviewed</source>
        <translation>Familier, hvis plan en leder har gennemset</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="161"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="505"/>
        <source>Latest: {band}</source>
        <translation>Seneste: {band}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="196"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="496"/>
        <source>First: {band}</source>
        <translation>Første: {band}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="216"/>
        <source>Adults by band at the first and the latest WHO-5 measure (n = {n}).</source>
        <translation>Voksne fordelt på grupper ved første og seneste WHO-5-måling (n = {n}).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="408"/>
        <source>Familiens Trivsel – Barnets Trivsel</source>
        <translation>Familiens Trivsel – Barnets Trivsel</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="413"/>
        <source>Period: {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="419"/>
        <source>Families: {selection}</source>
        <translation>Familier: {selection}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="425"/>
        <source>Made on {date} with FTBT Desktop.</source>
        <translation>Udarbejdet {date} med FTBT Desktop.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="438"/>
        <source>Key results</source>
        <translation>Nøgleresultater</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="463"/>
        <source>Definitions: {text}</source>
        <translation>Definitioner: {text}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="514"/>
        <source>WHO-5: adults by band at the first measure (groups) and the latest (bars), n = {n}</source>
        <translation>WHO-5: voksne efter gruppe ved første måling (grupper) og seneste måling (søjler), n = {n}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="534"/>
        <source>Parents self-supporting at the first and the latest status, n = {n}; change in percentage points: {pp}</source>
        <translation>Selvforsørgende forældre ved første og seneste registrering, n = {n}; ændring i procentpoint: {pp}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="541"/>
        <source>First status</source>
        <translation>Første registrering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="545"/>
        <source>Latest status</source>
        <translation>Seneste registrering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="567"/>
        <source>Goals by status, n = {n}; average change in progress rating: {change}</source>
        <translation>Mål efter status, n = {n}; gennemsnitlig ændring i skalering: {change}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="49"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="53"/>
        <source>from {start}</source>
        <translation>fra {start}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="57"/>
        <source>up to and including {end}</source>
        <translation>til og med {end}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="62"/>
        <source>all recorded time: {start} – {end}</source>
        <translation>hele den registrerede periode: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="65"/>
        <source>all recorded time</source>
        <translation>hele den registrerede periode</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="73"/>
        <source>high risk of depression or stress</source>
        <translation>stor risiko for depression eller stress</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="76"/>
        <source>risk of depression or stress</source>
        <translation>risiko for depression eller stress</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="77"/>
        <source>not at risk</source>
        <translation>ikke i risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="84"/>
        <source>High risk</source>
        <translation>Stor risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="85"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="86"/>
        <source>Not at risk</source>
        <translation>Ikke i risiko</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="95"/>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="96"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="97"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="103"/>
        <source>employed</source>
        <translation>beskæftiget</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="104"/>
        <source>in education</source>
        <translation>under uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="105"/>
        <source>unemployment benefit (dagpenge)</source>
        <translation>dagpenge</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="108"/>
        <source>cash benefit (kontanthjælp)</source>
        <translation>kontanthjælp</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="111"/>
        <source>education benefit (uddannelseshjælp)</source>
        <translation>uddannelseshjælp</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="114"/>
        <source>integration benefit (integrationsydelse)</source>
        <translation>integrationsydelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="117"/>
        <source>sickness benefit (sygedagpenge)</source>
        <translation>sygedagpenge</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="120"/>
        <source>flex-job waiting benefit (ledighedsydelse)</source>
        <translation>ledighedsydelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="123"/>
        <source>resource programme (ressourceforløb)</source>
        <translation>ressourceforløb</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="126"/>
        <source>job clarification programme (jobafklaringsforløb)</source>
        <translation>jobafklaringsforløb</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="129"/>
        <source>rehabilitation (revalidering)</source>
        <translation>revalidering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="132"/>
        <source>flex job (fleksjob)</source>
        <translation>fleksjob</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="135"/>
        <source>disability pension (førtidspension)</source>
        <translation>førtidspension</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="138"/>
        <source>student grant (SU)</source>
        <translation>SU</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="139"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="150"/>
        <source>SU counts as self-supporting</source>
        <translation>SU tæller som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="152"/>
        <source>SU does not count as self-supporting</source>
        <translation>SU tæller ikke som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="155"/>
        <source>fleksjob counts as self-supporting</source>
        <translation>fleksjob tæller som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="157"/>
        <source>fleksjob does not count as self-supporting</source>
        <translation>fleksjob tæller ikke som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="161"/>
        <source>Self-supporting means receiving no public benefit. Counted as self-supporting: {statuses}. Every other status counts as not self-supporting. Setting in use: {su}; {fleksjob}.</source>
        <translation>Selvforsørgende betyder, at man ikke modtager offentlig forsørgelse. Som selvforsørgende tælles: {statuses}. Alle andre former for forsørgelse tælles som ikke selvforsørgende. Indstilling i brug: {su}; {fleksjob}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="178"/>
        <source>A chosen set of {count} families.</source>
        <translation>Et udvalg af {count} familier.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="182"/>
        <source>All families recorded in FTBT Desktop whose effort overlaps the period: {count} (demo families are left out).</source>
        <translation>Alle familier registreret i FTBT Desktop, hvis indsats overlapper perioden: {count} (demofamilier er udeladt).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="187"/>
        <source>All families recorded in FTBT Desktop: {count} (demo families are left out).</source>
        <translation>Alle familier registreret i FTBT Desktop: {count} (demofamilier er udeladt).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="194"/>
        <source>Confidential — contains personal data</source>
        <translation>Fortroligt — indeholder personoplysninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="198"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="173"/>
        <source>A chosen set of families; of those, {count} whose effort overlaps the period.</source>
        <translation>Et udvalg af familier; heraf {count}, hvis forløb overlapper perioden.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="552"/>
        <source>Connections of the families in the report that were going on at some time in the period (from their start to their end date).</source>
        <translation>Kontakter for familierne i opgørelsen, der var i gang på et tidspunkt i perioden (fra deres startdato til deres slutdato).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="571"/>
        <source>The goals of the families in the report that were worked on in the period: recorded in the app by its last day and not already reached or dropped before its first day (unless reopened within it). Each is counted by its status at the end of the period; a status counts from the day it was recorded in the app. So “reached” are the goals reached within the period, “active” those still being worked on at its end.</source>
        <translation>De mål for familierne i opgørelsen, der blev arbejdet med i perioden: registreret i programmet senest på periodens sidste dag og ikke allerede nået eller opgivet før dens første dag (medmindre de blev genåbnet i perioden). Hvert mål tælles efter sin status ved periodens slutning; en status gælder fra den dag, den blev registreret i programmet. “Nået” er altså de mål, der blev nået i perioden, “aktive” dem, der stadig blev arbejdet med ved periodens slutning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="48"/>
        <source>Small counts</source>
        <translation>Små antal</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="214"/>
        <source>the folder does not exist</source>
        <translation>mappen findes ikke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="215"/>
        <source>no permission to write there</source>
        <translation>ingen tilladelse til at skrive dér</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="222"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="216"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="225"/>
        <source>that is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="128"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="131"/>
        <source>Two periods compared</source>
        <translation>To perioder sammenlignet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="132"/>
        <source>Each period is counted as a report of its own: the families active in it, and the measures and ratings dated within it. A family active in both is in both. The change is in percentage points for a share and in numbers for a count; it is hidden when either period&apos;s figure is.</source>
        <translation>Hver periode er opgjort som en opgørelse for sig: de familier, der var i forløb i perioden, og de målinger og vurderinger, der er dateret i den. En familie, der var i forløb i begge, tæller i begge. Ændringen er i procentpoint for en andel og i antal for et antal; den er skjult, når tallet for en af perioderne er det.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="171"/>
        <source>No team known</source>
        <translation>Intet kendt team</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="209"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="212"/>
        <source>By team</source>
        <translation>Fordelt på team</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="213"/>
        <source>The team is the one the central server has the family&apos;s coordinator in, as of the last sync; a family whose coordinator is in several teams counts once, in a column of its own (“A + B”). The teams add up to the total, so more is hidden (“*”) where a count under 5 could be worked out by subtracting the other teams from the total.</source>
        <translation>Teamet er det, den centrale server har familiens koordinator i, ved seneste synkronisering; en familie, hvis koordinator er i flere teams, tæller én gang, i sin egen kolonne (“A + B”). Teamene lægger op til i alt, så mere er skjult (“*”), hvor et antal under 5 ellers kunne regnes ud ved at trække de andre teams fra i alt.</translation>
    </message>
</context>
<context>
    <name>OutcomeReportAction</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="425"/>
        <source>Outcome report…</source>
        <translation>Resultatopgørelse…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="428"/>
        <source>The programme&apos;s figures over all or chosen families, as PDF and CSV</source>
        <translation>Indsatsens resultater for alle eller udvalgte familier, som PDF og CSV</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="459"/>
        <source>The outcome report was saved. It holds personal data: keep it safe.</source>
        <translation>Resultatopgørelsen er gemt. Den indeholder personoplysninger: opbevar den sikkert.</translation>
    </message>
</context>
<context>
    <name>OutcomeReportDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="88"/>
        <source>Outcome report</source>
        <translation>Resultatopgørelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="92"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="93"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="95"/>
        <source>To and including</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="106"/>
        <source>A period counts the families whose effort overlaps it, the measures dated in it and the goals worked on in it. Without a limit, everything recorded counts.</source>
        <translation>En periode medtager de familier, hvis forløb overlapper den, de målinger, der er dateret i den, og de mål, der blev arbejdet med i den. Uden afgrænsning tæller alt, hvad der er registreret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="120"/>
        <source>Compare with a second period</source>
        <translation>Sammenlign med en anden periode</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="128"/>
        <source>Second period from</source>
        <translation>Anden periode fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="129"/>
        <source>to and including</source>
        <translation>til og med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="143"/>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="146"/>
        <source>Only the families ticked below</source>
        <translation>Kun de familier, der er markeret herunder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="156"/>
        <source>Also per team (as the central server said at the last sync)</source>
        <translation>Også fordelt på team (som den centrale server oplyste ved seneste synkronisering)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="163"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="164"/>
        <source>PDF with charts</source>
        <translation>PDF med diagrammer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="168"/>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="173"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="169"/>
        <source>CSV for Excel</source>
        <translation>CSV til Excel</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="191"/>
        <source>The report holds no names and hides counts under 5, but it is still personal data about the families. Save it only in the encrypted folder your municipality prescribes, share it only as your municipality allows, and delete it when it is no longer needed. The export is noted in the audit trail.</source>
        <translation>Opgørelsen indeholder ingen navne og skjuler antal under 5, men den er stadig personoplysninger om familierne. Gem den kun i den krypterede mappe, din kommune foreskriver, del den kun, som din kommune tillader, og slet den, når den ikke længere skal bruges. Eksporten bliver registreret i logningen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="211"/>
        <source>Make the report</source>
        <translation>Lav opgørelsen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="232"/>
        <source>All families ({count}; demo families are left out)</source>
        <translation>Alle familier ({count}; demofamilier er ikke med)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="237"/>
        <source>{name} (demo)</source>
        <translation>{name} (demo)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="264"/>
        <source>outcome-report</source>
        <translation>resultatopgoerelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="271"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="271"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="275"/>
        <source>Save the outcome report</source>
        <translation>Gem resultatopgørelsen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="295"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="299"/>
        <source>Choose a PDF, a CSV or both.</source>
        <translation>Vælg PDF, CSV eller begge.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="301"/>
        <source>Choose where to save each file.</source>
        <translation>Vælg, hvor hver fil skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="303"/>
        <source>The PDF and the CSV need two different files.</source>
        <translation>PDF og CSV skal gemmes i to forskellige filer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="308"/>
        <source>Save the report outside FTBT Desktop&apos;s data folder: everything in it stays encrypted.</source>
        <translation>Gem opgørelsen uden for FTBT Desktops datamappe: alt i den skal forblive krypteret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="314"/>
        <source>Tick at least one family, or choose all families.</source>
        <translation>Markér mindst én familie, eller vælg alle familier.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="319"/>
        <source>The second period ends before it starts.</source>
        <translation>Den anden periode slutter, før den begynder.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="357"/>
        <source>Making the report…</source>
        <translation>Laver opgørelsen…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="389"/>
        <source>The report was saved: {files}. It holds personal data: keep it in the encrypted folder and delete it when it is no longer needed.</source>
        <translation>Opgørelsen er gemt: {files}. Den indeholder personoplysninger: opbevar den i den krypterede mappe, og slet den, når den ikke længere skal bruges.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="400"/>
        <source>The report could not be saved as {file}. Choose another folder and try again.</source>
        <translation>Opgørelsen kunne ikke gemmes som {file}. Vælg en anden mappe, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="403"/>
        <source>A chosen family was removed in the meantime. Choose again.</source>
        <translation>En valgt familie er blevet fjernet i mellemtiden. Vælg igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="405"/>
        <source>FTBT Desktop was locked; nothing was saved.</source>
        <translation>FTBT Desktop blev låst; intet er gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="408"/>
        <source>The report could not be made. Nothing was saved.</source>
        <translation>Opgørelsen kunne ikke laves. Intet er gemt.</translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="164"/>
        <source>Write the actor&apos;s name, e.g. “Jobcentret”.</source>
        <translation>Skriv aktørens navn, fx “Jobcentret”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="201"/>
        <source>Who does it</source>
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="202"/>
        <source>New actor…</source>
        <translation>Ny aktør …</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="204"/>
        <source>Add an actor such as the jobcenter or the school</source>
        <translation>Tilføj en aktør, fx jobcentret eller skolen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="208"/>
        <source>The family has no actors yet. Add one, such as the jobcenter or the school, with “New actor…”.</source>
        <translation>Familien har ingen aktører endnu. Tilføj en, fx jobcentret eller skolen, med “Ny aktør …”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="212"/>
        <source>Name, e.g. Jobcentret</source>
        <translation>Navn, fx Jobcentret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="213"/>
        <source>Actor&apos;s name</source>
        <translation>Aktørens navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="214"/>
        <source>Kind of actor</source>
        <translation>Slags aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="217"/>
        <source>Add actor</source>
        <translation>Tilføj aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="218"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>PersonTimeline</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="169"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="171"/>
        <source>Timeline for {name}</source>
        <translation>Tidslinje for {name}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="223"/>
        <source>No work and education status recorded yet.</source>
        <translation>Ingen tilknytning til arbejde og uddannelse registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="226"/>
        <source>Now: {status} – {verdict}</source>
        <translation>Nu: {status} – {verdict}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="265"/>
        <source>Choose a person to see their measures over time.</source>
        <translation>Vælg en person for at se vedkommendes målinger over tid.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="266"/>
        <source>Wellbeing (WHO-5) over time</source>
        <translation>Trivsel (WHO-5) over tid</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="267"/>
        <source>No WHO-5 measures yet</source>
        <translation>Ingen WHO-5-målinger endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="268"/>
        <source>WHO-5 measures</source>
        <translation>WHO-5-målinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="272"/>
        <source>No WHO-5 measures yet.</source>
        <translation>Ingen WHO-5-målinger endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="273"/>
        <source>Work and education status</source>
        <translation>Tilknytning til arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <source>Self-supporting</source>
        <translation>Selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="277"/>
        <source>No status recorded yet.</source>
        <translation>Intet registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="278"/>
        <source>Thriving (the parents&apos; view)</source>
        <translation>Trivsel (forældrenes vurdering)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>Compared with before</source>
        <translation>Sammenlignet med før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="282"/>
        <source>No thriving ratings yet.</source>
        <translation>Ingen vurderinger af trivsel endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="283"/>
        <source>Leisure activities</source>
        <translation>Fritidsaktiviteter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="287"/>
        <source>No leisure activities yet.</source>
        <translation>Ingen fritidsaktiviteter endnu.</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="59"/>
        <source>Export family plan</source>
        <translation>Eksportér familiens plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="62"/>
        <source>Who is it for?</source>
        <translation>Hvem er den til?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="64"/>
        <source>The family: plain language, large type, without internal notes</source>
        <translation>Familien: enkle ord, stor skrift, uden interne noter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="69"/>
        <source>The supervisor: everything, with internal notes, visit summaries and reviews</source>
        <translation>Faglig leder: det hele, med interne noter, besøgsreferater og gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="85"/>
        <source>The PDF holds personal data about the family. Save it in the encrypted folder your municipality prescribes, share it only as your municipality allows, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>PDF-filen indeholder personoplysninger om familien. Gem den i den krypterede mappe, som kommunen foreskriver, del den kun, som kommunen tillader, og slet den, når den ikke længere skal bruges. Eksporten bliver logget.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="111"/>
        <source>family-plan</source>
        <translation>familiens-plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="113"/>
        <source>family-plan-supervisor</source>
        <translation>familiens-plan-faglig-leder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="120"/>
        <source>Save the family plan</source>
        <translation>Gem familiens plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="120"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="173"/>
        <source>The family could not be read. Nothing was written.</source>
        <translation>Familien kunne ikke læses. Der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="179"/>
        <source>Writing the family plan…</source>
        <translation>Skriver familiens plan…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="182"/>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="266"/>
        <source>Export family plan</source>
        <translation>Eksportér familiens plan</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="230"/>
        <source>The family plan was not kept: FTBT Desktop locked before the export could be noted in the audit log. Export it again after unlocking.</source>
        <translation>Familieplanen blev ikke gemt: FTBT Desktop låste, før eksporten kunne registreres i logningen. Eksportér den igen, når du har låst op.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="235"/>
        <source>The family plan was not kept: the export could not be noted in the audit log. Try again.</source>
        <translation>Familieplanen blev ikke gemt: eksporten kunne ikke registreres i logningen. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="246"/>
        <source>FTBT Desktop locked while the family plan was being written, so nothing was saved. Export it again after unlocking.</source>
        <translation>FTBT Desktop låste, mens familieplanen blev skrevet, så intet blev gemt. Eksportér den igen, når du har låst op.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="253"/>
        <source>The family plan could not be written there. Choose another folder; nothing was written.</source>
        <translation>Familiens plan kunne ikke gemmes der. Vælg en anden mappe; der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="259"/>
        <source>The family plan could not be made. Nothing was written.</source>
        <translation>Familiens plan kunne ikke laves. Der blev ikke skrevet noget.</translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="160"/>
        <source>Nothing to do in the plan</source>
        <translation>Intet at gøre i planen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="168"/>
        <source>Goal: {text}</source>
        <translation>Mål: {text}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="176"/>
        <source>Double-click to open the goal</source>
        <translation>Dobbeltklik for at åbne målet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="178"/>
        <source>No open steps</source>
        <translation>Ingen åbne skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="208"/>
        <source>Active goals: {goals} · Open steps: {steps}</source>
        <translation>Aktive mål: {goals} · Åbne skridt: {steps}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="230"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppér efter:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="231"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="232"/>
        <source>Who does it (actor, coordinator, member)</source>
        <translation>Hvem gør det (aktør, koordinator, familiemedlem)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="235"/>
        <source>Goal and steps</source>
        <translation>Mål og skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="236"/>
        <source>Who / life area</source>
        <translation>Hvem / livsområde</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="237"/>
        <source>By when</source>
        <translation>Senest</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="238"/>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="241"/>
        <source>The family plan</source>
        <translation>Familiens plan</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="17"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="18"/>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="19"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="28"/>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="34"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="33"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="35"/>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="44"/>
        <source>The whole family</source>
        <translation>Hele familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="48"/>
        <source>Someone no longer in the plan</source>
        <translation>En, der ikke længere er med i planen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="52"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="56"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="60"/>
        <source>No valid consent</source>
        <translation>Intet gyldigt samtykke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="65"/>
        <source>{name} – no valid consent</source>
        <translation>{name} – intet gyldigt samtykke</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ftbt_desktop/words/qt.py" line="17"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/qt.py" line="18"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="99"/>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="125"/>
        <source>No ratings yet</source>
        <translation>Ingen skaleringer endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="123"/>
        <source>Progress ratings over time</source>
        <translation>Skaleringer over tid</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="130"/>
        <source>One rating: {value} on {date}</source>
        <translation>Én skalering: {value} den {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="138"/>
        <source>{count} ratings, from {first} on {first_date} to {last} on {last_date}</source>
        <translation>{count} skaleringer, fra {first} den {first_date} til {last} den {last_date}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="231"/>
        <source>Remove this entry? The history keeps a record of it.</source>
        <translation>Fjern denne registrering? Historikken gemmer den stadig.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="232"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="233"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="264"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="265"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="126"/>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="129"/>
        <source>If you ever forget your passphrase, this recovery key is the only way to open the vault. It is shown only this once.</source>
        <translation>Hvis du en dag glemmer din adgangssætning, er denne gendannelsesnøgle den eneste måde at åbne boksen på. Den vises kun denne ene gang.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="135"/>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_view.py" line="30"/>
        <source>Write it down on paper and keep it somewhere safe, away from this computer (for example locked in a drawer at the office), or store it in your municipality&apos;s password manager. Do not keep it in a file on this computer.</source>
        <translation>Skriv den ned på papir, og opbevar den et sikkert sted væk fra denne computer (for eksempel i en låst skuffe på kontoret), eller gem den i kommunens adgangskodeadministrator. Gem den ikke i en fil på denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_view.py" line="37"/>
        <source>I have stored the recovery key safely</source>
        <translation>Jeg har gemt gendannelsesnøglen et sikkert sted</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="96"/>
        <source>Unlock with your recovery key</source>
        <translation>Lås op med din gendannelsesnøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="99"/>
        <source>Type the recovery key you were shown when the vault was created. Upper or lower case and the dashes do not matter. Afterwards you choose a new passphrase.</source>
        <translation>Skriv den gendannelsesnøgle, du fik vist, da boksen blev oprettet. Store eller små bogstaver og bindestregerne er ligegyldige. Bagefter vælger du en ny adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="107"/>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="110"/>
        <source>Back to the passphrase</source>
        <translation>Tilbage til adgangssætningen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="111"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="131"/>
        <source>Opening the vault…</source>
        <translation>Åbner boksen…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="145"/>
        <source>Type your recovery key first.</source>
        <translation>Skriv først din gendannelsesnøgle.</translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="132"/>
        <source>refused by the server: the family has been handed over</source>
        <translation>afvist af serveren: familien er overdraget</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="135"/>
        <source>refused by the server: {why}</source>
        <translation>afvist af serveren: {why}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="143"/>
        <source>“{value}”</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="155"/>
        <source>{what} “{name}”</source>
        <translation>{what} “{name}”</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="160"/>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="163"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="168"/>
        <source>{subject} – {written} ({why})</source>
        <translation>{subject} – {written} ({why})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="181"/>
        <source>Not sent: removed ({why})</source>
        <translation>Ikke sendt: fjernet ({why})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="188"/>
        <source>rating {value} on {date}</source>
        <translation>skalering {value} den {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="194"/>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="228"/>
        <source>Not sent: {what} ({why})</source>
        <translation>Ikke sendt: {what} ({why})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="199"/>
        <source>Not sent: {what} moved on the map ({why})</source>
        <translation>Ikke sendt: {what} flyttet på kortet ({why})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="218"/>
        <source>{field} {value}</source>
        <translation>{field} {value}</translation>
    </message>
</context>
<context>
    <name>RefusedLabel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="256"/>
        <source>Written here, not sent</source>
        <translation>Skrevet her, ikke sendt</translation>
    </message>
</context>
<context>
    <name>RekeyChoice</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="34"/>
        <source>Re-encrypt all data with a new key</source>
        <translation>Krypter alle data igen med en ny nøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="37"/>
        <source>Someone with an old copy of the key file and the old secret could otherwise read what you write from now on. Re-encrypting takes a little while, replaces your backups with a new one, and makes a new recovery key.</source>
        <translation>Ellers kan den, der har en gammel kopi af nøglefilen og den gamle adgangssætning eller gendannelsesnøgle, læse det, du skriver fra nu af. Det tager lidt tid at kryptere igen; dine sikkerhedskopier erstattes af en ny, og du får en ny gendannelsesnøgle.</translation>
    </message>
</context>
<context>
    <name>RekeyProgressDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="68"/>
        <source>Re-encrypting all data</source>
        <translation>Krypterer alle data igen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="74"/>
        <source>Getting ready…</source>
        <translation>Gør klar…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="79"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="111"/>
        <source>Stopping… nothing will be changed.</source>
        <translation>Stopper… intet bliver ændret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="119"/>
        <source>Encrypting all data with the new key…</source>
        <translation>Krypterer alle data med den nye nøgle…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="120"/>
        <source>Checking the new copy…</source>
        <translation>Kontrollerer den nye kopi…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="121"/>
        <source>Putting the new key in force…</source>
        <translation>Tager den nye nøgle i brug…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="122"/>
        <source>Making a new backup under the new key…</source>
        <translation>Laver en ny sikkerhedskopi med den nye nøgle…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="43"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="98"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="47"/>
        <source>FTBT Desktop backs up the vault when you lock it and once a day, and keeps the last seven backups. Choose the backup to go back to. Changes made after it will no longer be in the vault; the current files are kept aside in the data folder.</source>
        <translation>FTBT Desktop tager en sikkerhedskopi af boksen, når du låser den, og én gang om dagen, og gemmer de seneste syv. Vælg den sikkerhedskopi, du vil gå tilbage til. Ændringer, der er lavet efter den, vil ikke længere være i boksen; de nuværende filer gemmes til side i datamappen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="55"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="56"/>
        <source>There are no backups yet.</source>
        <translation>Der er ingen sikkerhedskopier endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="61"/>
        <source>Restore…</source>
        <translation>Gendan…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="100"/>
        <source>Go back to the backup from {when}? Changes made after it will no longer be in the vault.</source>
        <translation>Gå tilbage til sikkerhedskopien fra {when}? Ændringer, der er lavet efter den, vil ikke længere være i boksen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="107"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="130"/>
        <source>The family plan was saved ({pages} pages): {path}</source>
        <translation>Familiens plan blev gemt ({pages} sider): {path}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="139"/>
        <source>Read-only: supervisor review. You can read everything, export the plan, and write comments or mark the plan as reviewed on the Review page.</source>
        <translation>Skrivebeskyttet: gennemsyn som faglig leder. Du kan læse det hele, eksportere planen og skrive kommentarer eller markere planen som gennemset under Gennemsyn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="143"/>
        <source>Export family plan…</source>
        <translation>Eksportér familiens plan…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="145"/>
        <source>A PDF of the plan for the family or for the supervisor</source>
        <translation>En PDF af planen til familien eller til faglig leder</translation>
    </message>
</context>
<context>
    <name>ReviewNewsWords</name>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/review_news.py" line="62"/>
        <source>%n new comment(s) from your supervisor</source>
        <translation>
            <numerusform>1 ny kommentar fra din leder</numerusform>
            <numerusform>%n nye kommentarer fra din leder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/review_news.py" line="65"/>
        <source>%n new answer(s) in the review</source>
        <translation>
            <numerusform>1 nyt svar i gennemsynet</numerusform>
            <numerusform>%n nye svar i gennemsynet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="187"/>
        <source>Review</source>
        <translation>Gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="243"/>
        <source>Answer from {heading}: {text}</source>
        <translation>Svar fra {heading}: {text}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="249"/>
        <source>No review comments yet.</source>
        <translation>Ingen kommentarer fra gennemsyn endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="290"/>
        <source>Answer to {heading}: “{text}”</source>
        <translation>Svar på {heading}: “{text}”</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="321"/>
        <source>Write the answer first.</source>
        <translation>Skriv svaret først.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="333"/>
        <source>Write the comment first.</source>
        <translation>Skriv kommentaren først.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="357"/>
        <source>The review could not be saved. Lock and unlock, then try again.</source>
        <translation>Gennemsynet kunne ikke gemmes. Lås og lås op, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="365"/>
        <source>Review comments</source>
        <translation>Kommentarer fra gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="366"/>
        <source>Your review</source>
        <translation>Dit gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="368"/>
        <source>A comment for the coordinator about the plan…</source>
        <translation>En kommentar til koordinatoren om planen…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="370"/>
        <source>Add comment</source>
        <translation>Tilføj kommentar</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="371"/>
        <source>Mark the plan as reviewed</source>
        <translation>Markér planen som gennemset</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="373"/>
        <source>Records today&apos;s date and your name; the coordinator sees it.</source>
        <translation>Gemmer dagens dato og dit navn; koordinatoren kan se det.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="375"/>
        <source>Review comments and answers</source>
        <translation>Kommentarer og svar i gennemsynet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="376"/>
        <source>New review comment</source>
        <translation>Ny kommentar til gennemsynet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="377"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="378"/>
        <source>Your answer to the comment…</source>
        <translation>Dit svar på kommentaren…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="379"/>
        <source>Answer to the chosen comment</source>
        <translation>Svar på den valgte kommentar</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="380"/>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="381"/>
        <source>Send answer</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="383"/>
        <source>The answer is shared with the other side at the next sync.</source>
        <translation>Svaret deles med den anden part ved næste synkronisering.</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="60"/>
        <source>The plan has not been reviewed yet.</source>
        <translation>Planen er ikke gennemset endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="61"/>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="92"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="62"/>
        <source>Reviewed on {date} by {reviewer}</source>
        <translation>Gennemset den {date} af {reviewer}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="71"/>
        <source>changed since review</source>
        <translation>ændret siden gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="75"/>
        <source>A goal or step was changed after the plan was marked as reviewed. The supervisor can review it again.</source>
        <translation>Et mål eller skridt er ændret, efter at planen blev markeret som gennemset. Lederen kan gennemse den igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="93"/>
        <source>{author}, {date}</source>
        <translation>{author}, {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="97"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/save_dialog.py" line="39"/>
        <source>Choose where to save…</source>
        <translation>Vælg, hvor den skal gemmes…</translation>
    </message>
</context>
<context>
    <name>SaveSnapshotDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="83"/>
        <source>Save snapshot</source>
        <translation>Gem øjebliksbillede</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="87"/>
        <source>A snapshot keeps the map as it looks now, so you can later show it beside the map and talk about what has changed.</source>
        <translation>Et øjebliksbillede gemmer kortet, som det ser ud nu. Senere kan I se det ved siden af kortet og tale om, hvad der har ændret sig.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="103"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="104"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="37"/>
        <source>Automatic (the computer&apos;s language)</source>
        <translation>Automatisk (computerens sprog)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="42"/>
        <source>A new language is used from the next start.</source>
        <translation>Et nyt sprog bruges fra næste gang, programmet starter.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="58"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="60"/>
        <source>FTBT Desktop locks itself after this many minutes without use.</source>
        <translation>FTBT Desktop låser sig selv efter så mange minutter uden brug.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="66"/>
        <source>To use another folder, start FTBT Desktop with --data-dir FOLDER.</source>
        <translation>Vil du bruge en anden mappe, så start FTBT Desktop med --data-dir MAPPE.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="73"/>
        <source>Lock after:</source>
        <translation>Lås efter:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="78"/>
        <source>SU counts as self-supporting</source>
        <translation>SU tæller som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="81"/>
        <source>fleksjob counts as self-supporting</source>
        <translation>Fleksjob tæller som selvforsørgende</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="86"/>
        <source>Self-supporting means receiving no public benefit. The defaults follow Danmarks Statistik&apos;s count of people on public support, which leaves SU out and counts fleksjob in. Every view and report states the definition it used.</source>
        <translation>Selvforsørgende betyder, at man ikke modtager offentlig forsørgelse. Standardvalget følger Danmarks Statistiks opgørelse af personer på offentlig forsørgelse, som ikke medregner SU, men medregner fleksjob. Alle visninger og rapporter oplyser, hvilken definition der er brugt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <source>Self-supporting:</source>
        <translation>Selvforsørgende:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="96"/>
        <source>I am a supervisor (read-only review)</source>
        <translation>Jeg er faglig leder (gennemsyn, skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="101"/>
        <source>Families then open read-only, with a Review panel for comments and the “reviewed” mark. After signing in to a server, the role the server gives decides.</source>
        <translation>Familier åbnes så skrivebeskyttet, med et felt til gennemsyn, hvor du kan skrive kommentarer og markere planen som gennemset. Når du er logget ind på en server, er det den rolle, serveren giver dig, der gælder.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="142"/>
        <source>The settings could not be saved in the data folder.</source>
        <translation>Indstillingerne kunne ikke gemmes i datamappen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>The new language is used when you close FTBT Desktop and open it again.</source>
        <translation>Det nye sprog bruges, når du lukker FTBT Desktop og åbner programmet igen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="45"/>
        <source>Sign in to the central server</source>
        <translation>Log ind på den centrale server</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="66"/>
        <source>My computers…</source>
        <translation>Mine computere…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="90"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="92"/>
        <source>Sign in with your municipality&apos;s login…</source>
        <translation>Log ind med kommunens login …</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="97"/>
        <source>Opens the municipality&apos;s sign-in page in your browser. Come back here when you have signed in there.</source>
        <translation>Åbner kommunens login-side i din browser. Kom tilbage hertil, når du er logget ind dér.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="101"/>
        <source>Stop waiting for the browser</source>
        <translation>Hold op med at vente på browseren</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="105"/>
        <source>Or with a username and password:</source>
        <translation>Eller med brugernavn og adgangskode:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="119"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="122"/>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="123"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="143"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="144"/>
        <source>Sign out of the central server</source>
        <translation>Log ud af den centrale server</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="163"/>
        <source>Fill in the server address, username and password.</source>
        <translation>Udfyld serveradresse, brugernavn og adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="167"/>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="180"/>
        <source>A sync is running. Try again in a moment.</source>
        <translation>En synkronisering er i gang. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="176"/>
        <source>Fill in the server address.</source>
        <translation>Udfyld serverens adresse.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="184"/>
        <source>Sign in in the browser window that opened, then come back here.</source>
        <translation>Log ind i det browservindue, der åbnede, og kom så tilbage hertil.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="194"/>
        <source>You are signed out. Changes not yet sent stay on this computer and are sent when you sign in again.</source>
        <translation>Du er logget ud. Ændringer, der ikke er sendt endnu, bliver på denne computer og sendes, når du logger ind igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="218"/>
        <source>This computer: {name} ({label})</source>
        <translation>Denne computer: {name} ({label})</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../ftbt_desktop/ui/single_instance.py" line="186"/>
        <source>FTBT Desktop is already open on this data folder ({folder}), or a command is working on it. Use the window that is open, or wait for the command to finish and start FTBT Desktop again.</source>
        <translation>FTBT Desktop er allerede åben på denne datamappe ({folder}), eller en kommando arbejder i den. Brug det vindue, der er åbent, eller vent til kommandoen er færdig, og start FTBT Desktop igen.</translation>
    </message>
</context>
<context>
    <name>SnapshotNames</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="56"/>
        <source>First visit</source>
        <translation>Første besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="57"/>
        <source>Visit {number}</source>
        <translation>Besøg {number}</translation>
    </message>
</context>
<context>
    <name>SnapshotPane</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="232"/>
        <source>The map on {date} (“{name}”). Only for looking: changes go in the map.</source>
        <translation>Kortet den {date} (»{name}«). Kun til at se på – ændringer laves på kortet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="258"/>
        <source>Snapshot to show</source>
        <translation>Øjebliksbillede, der vises</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="259"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="260"/>
        <source>Stop showing the snapshot</source>
        <translation>Skjul øjebliksbilledet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="261"/>
        <source>The snapshot&apos;s map (read-only)</source>
        <translation>Øjebliksbilledets kort (kan ikke ændres)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="263"/>
        <source>No snapshots yet. Use “Save snapshot” to keep the map as it looks today.</source>
        <translation>Der er ingen øjebliksbilleder endnu. Brug »Gem øjebliksbillede« for at gemme kortet, som det ser ud i dag.</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="91"/>
        <source>Add an adult to the family first.</source>
        <translation>Tilføj først en voksen til familien.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="108"/>
        <source>{verdict} under the definition in use</source>
        <translation>{verdict} efter den definition, der bruges</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="118"/>
        <source>Work and education status</source>
        <translation>Tilknytning til arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="120"/>
        <source>Edit work and education status</source>
        <translation>Rediger tilknytning til arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="122"/>
        <source>&amp;Adult:</source>
        <translation>&amp;Voksen:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="123"/>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="124"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="125"/>
        <source>Self-supporting:</source>
        <translation>Selvforsørgende:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="126"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="127"/>
        <source>Optional, e.g. 15 hours a week</source>
        <translation>Valgfrit, fx 15 timer om ugen</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="111"/>
        <source>Write what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="108"/>
        <source>Choose the goal the step belongs to.</source>
        <translation>Vælg det mål, skridtet hører til.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="130"/>
        <source>New step</source>
        <translation>Nyt skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="130"/>
        <source>Edit step</source>
        <translation>Ret skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="131"/>
        <source>&amp;What:</source>
        <translation>H&amp;vad:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="132"/>
        <source>W&amp;ho:</source>
        <translation>H&amp;vem:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="133"/>
        <source>By when:</source>
        <translation>Senest:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="134"/>
        <source>What is to be done</source>
        <translation>Hvad der skal gøres</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="135"/>
        <source>Set a date</source>
        <translation>Angiv dato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="137"/>
        <source>&amp;Done</source>
        <translation>&amp;Udført</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="138"/>
        <source>Save step</source>
        <translation>Gem skridt</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="124"/>
        <source>Sending %v of %m</source>
        <translation>Sender %v af %m</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="126"/>
        <source>Fetching %v of %m</source>
        <translation>Henter %v af %m</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="128"/>
        <source>Fetched {count}</source>
        <translation>Hentet {count}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="131"/>
        <source>Making the families searchable…</source>
        <translation>Gør familierne søgbare…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="133"/>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="141"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="139"/>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="143"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="145"/>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="147"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="171"/>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="174"/>
        <source>Sign in…</source>
        <translation>Log ind…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="176"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="39"/>
        <source>Sync now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="41"/>
        <source>Sign in to the server…</source>
        <translation>Log ind på serveren…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="169"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="161"/>
        <source>“{name}” was removed from this computer.</source>
        <translation>“{name}” er fjernet fra denne computer.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="45"/>
        <source>The central server is too old for this version of FTBT Desktop. Ask your IT support to update the server. Your changes are kept.</source>
        <translation>Den centrale server er for gammel til denne version af FTBT Desktop. Bed jeres IT-support om at opdatere serveren. Dine ændringer er gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="50"/>
        <source>This version of FTBT Desktop is too old for the central server. Install the newest version. Your changes are kept.</source>
        <translation>Denne version af FTBT Desktop er for gammel til den centrale server. Installér den nyeste version. Dine ændringer er gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="58"/>
        <source>The central server is busy. Try again in a moment.</source>
        <translation>Den centrale server har travlt. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="64"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>For mange forsøg. Vent et minut, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="67"/>
        <source>Too many attempts. Wait {minutes} minutes and try again.</source>
        <translation>For mange forsøg. Vent {minutes} minutter, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="73"/>
        <source>The central server refused the request ({code}). Your changes are kept; contact your IT support if this keeps happening.</source>
        <translation>Den centrale server afviste forespørgslen ({code}). Dine ændringer er gemt; kontakt jeres IT-support, hvis det bliver ved med at ske.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="79"/>
        <source>This computer is not signed in to the central server yet. Choose “Sign in to the server…” in the toolbar.</source>
        <translation>Denne computer er endnu ikke logget ind på den centrale server. Vælg “Log ind på serveren…” i værktøjslinjen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="84"/>
        <source>The username or password is wrong. Check them (is Caps Lock on?) and try again.</source>
        <translation>Brugernavn eller adgangskode er forkert. Tjek dem (er Caps Lock slået til?), og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="88"/>
        <source>Your account on the central server is disabled. Contact your administrator.</source>
        <translation>Din konto på den centrale server er spærret. Kontakt din administrator.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="92"/>
        <source>The central server no longer accepts this computer&apos;s sign-in. Sign in again; changes not yet synced are kept.</source>
        <translation>Den centrale server godtager ikke længere denne computers login. Log ind igen; ændringer, der endnu ikke er synkroniseret, bliver gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="97"/>
        <source>An administrator has revoked this computer&apos;s access to the central server, so it is signed out. Your families stay on this computer; changes not yet synced are kept. Contact your administrator.</source>
        <translation>En administrator har spærret denne computers adgang til den centrale server, så den er logget ud. Dine familier bliver på denne computer; ændringer, der endnu ikke er synkroniseret, bliver gemt. Kontakt din administrator.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="103"/>
        <source>Your sign-in has expired. Sign in again; changes not yet synced are kept.</source>
        <translation>Dit login er udløbet. Log ind igen; ændringer, der endnu ikke er synkroniseret, bliver gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="106"/>
        <source>The central server cannot be reached. Keep working offline: FTBT Desktop tries again by itself, and nothing is lost.</source>
        <translation>Den centrale server kan ikke nås. Arbejd bare videre offline: FTBT Desktop prøver selv igen, og intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="111"/>
        <source>The central server has a problem right now. Keep working: FTBT Desktop tries again later, and nothing is lost.</source>
        <translation>Den centrale server har problemer lige nu. Arbejd bare videre: FTBT Desktop prøver igen senere, og intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="116"/>
        <source>The server address must start with https://. Only a server on this computer may use plain http://.</source>
        <translation>Serveradressen skal begynde med https://. Kun en server på denne computer må bruge almindelig http://.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="121"/>
        <source>The central server takes no passwords. Sign in with your municipality&apos;s login.</source>
        <translation>Den centrale server tager ikke imod adgangskoder. Log ind med kommunens login.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="125"/>
        <source>This is not a server address. Write it like https://ftbt.kommune.dk.</source>
        <translation>Det er ikke en serveradresse. Skriv den som https://ftbt.kommune.dk.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="131"/>
        <source>Sync failed. Your changes are kept; FTBT Desktop tries again later.</source>
        <translation>Synkroniseringen mislykkedes. Dine ændringer er gemt; FTBT Desktop prøver igen senere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="140"/>
        <source>The sign-in was cancelled.</source>
        <translation>Login blev afbrudt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="141"/>
        <source>No sign-in came back from the browser in time. Try again, and finish the sign-in in the browser window that opens.</source>
        <translation>Der kom ikke noget login tilbage fra browseren i tide. Prøv igen, og gør login færdigt i det browservindue, der åbner.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="146"/>
        <source>Your municipal account has no role in FTBT Desktop. Ask your IT support to add you to the right group.</source>
        <translation>Din konto i kommunen har ingen rolle i FTBT Desktop. Bed din it-support om at sætte dig i den rigtige gruppe.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="151"/>
        <source>This central server does not use the municipality&apos;s login. Sign in with a username and password.</source>
        <translation>Denne centrale server bruger ikke kommunens login. Log ind med brugernavn og adgangskode.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="156"/>
        <source>The municipality&apos;s login cannot be reached. Check the network and try again; nothing is lost.</source>
        <translation>Kommunens login kan ikke nås. Tjek netværket, og prøv igen; intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="161"/>
        <source>The municipality&apos;s login refused the sign-in. Try again.</source>
        <translation>Kommunens login afviste at logge dig ind. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="167"/>
        <source>The sign-in with the municipality&apos;s login did not succeed. Try again; if it keeps failing, contact your IT support.</source>
        <translation>Login med kommunens login lykkedes ikke. Prøv igen; kontakt din it-support, hvis det bliver ved med at fejle.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="177"/>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="178"/>
        <source>You are signed in. Close this window and go back to FTBT Desktop.</source>
        <translation>Du er logget ind. Luk dette vindue, og gå tilbage til FTBT Desktop.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="190"/>
        <source>An administrator has ordered this computer emptied. Changes not yet synced were first sent to the central server where it allowed them. Families removed from this computer: {removed}. You are signed out.</source>
        <translation>En administrator har bestemt, at denne computer skal tømmes. Ændringer, der endnu ikke var synkroniseret, blev først sendt til den centrale server, hvor den tillod det. Familier fjernet fra denne computer: {removed}. Du er logget ud.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="197"/>
        <source>Families whose changes could not be sent were first sealed in a file only your administrator can open: {sealed}. Give the computer to your administrator.</source>
        <translation>Familier, hvis ændringer ikke kunne sendes, blev først forseglet i en fil, som kun din administrator kan åbne: {sealed}. Giv computeren til din administrator.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="203"/>
        <source>Families kept because their changes could not be sent: {kept}. They stay locked in this computer&apos;s vault; give the computer to your administrator.</source>
        <translation>Familier beholdt, fordi deres ændringer ikke kunne sendes: {kept}. De bliver låst inde i denne computers boks; giv computeren til din administrator.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="213"/>
        <source>The central server sent changes stamped {ahead} ahead of this computer&apos;s clock. They are not taken until the clocks agree, and nothing is lost. Contact your IT support: the server&apos;s clock may be wrong.</source>
        <translation>Den centrale server sendte ændringer stemplet {ahead} foran denne computers ur. De bliver ikke taget med, før urene passer, og intet går tabt. Kontakt din IT-support: serverens ur går måske forkert.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="221"/>
        <source>This computer&apos;s clock is wrong: it is {minutes} minutes behind the central server, so the newest changes cannot be taken. Correct the date and time on this computer, then sync again. Nothing is lost.</source>
        <translation>Denne computers ur går forkert: det er {minutes} minutter bagud i forhold til den centrale server, så de nyeste ændringer kan ikke tages med. Ret dato og klokkeslæt på computeren, og synkronisér så igen. Intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="228"/>
        <source>This computer&apos;s clock is wrong: it is {minutes} minutes ahead of the central server. Correct the date and time on this computer, then sync again. Your changes are kept.</source>
        <translation>Denne computers ur går forkert: det er {minutes} minutter foran den centrale server. Ret dato og klokkeslæt på computeren, og synkronisér så igen. Dine ændringer er gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="234"/>
        <source>This computer&apos;s clock is wrong: the central server refused changes stamped in the future. Correct the date and time on this computer. The changes are kept and sent once they can be accepted.</source>
        <translation>Denne computers ur går forkert: den centrale server afviste ændringer med et tidspunkt i fremtiden. Ret dato og klokkeslæt på computeren. Ændringerne er gemt og bliver sendt, så snart serveren kan tage imod dem.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="244"/>
        <source>you may not change this family</source>
        <translation>du må ikke ændre i denne familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="245"/>
        <source>you may read this family but only write review comments</source>
        <translation>du må læse denne familie, men kun skrive kommentarer til gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="248"/>
        <source>the server found the value invalid</source>
        <translation>serveren fandt værdien ugyldig</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="251"/>
        <source>refused by the central server</source>
        <translation>afvist af den centrale server</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="269"/>
        <source>The central server refused %n change(s). They stay in the history but are not shared with anyone.</source>
        <translation>
            <numerusform>Den centrale server afviste en ændring. Den bliver i historikken, men deles ikke med nogen.</numerusform>
            <numerusform>Den centrale server afviste %n ændringer. De bliver i historikken, men deles ikke med nogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="303"/>
        <source>The %n change(s) waiting here were sent to the central server first.</source>
        <translation>
            <numerusform>Ændringen, der ventede her, blev sendt til den centrale server først.</numerusform>
            <numerusform>De %n ændringer, der ventede her, blev sendt til den centrale server først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="316"/>
        <source>A family was assigned to another coordinator, and the central server refused %n change(s) made here. They exist only on this computer, so the family stays here for now.</source>
        <translation>
            <numerusform>En familie er overdraget til en anden koordinator, og den centrale server afviste en ændring, der blev lavet her. Den findes kun på denne computer, så familien bliver her indtil videre.</numerusform>
            <numerusform>En familie er overdraget til en anden koordinator, og den centrale server afviste %n ændringer, der blev lavet her. De findes kun på denne computer, så familien bliver her indtil videre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="324"/>
        <source>The family “{name}” was assigned to another coordinator, and the central server refused %n change(s) made here. They exist only on this computer, so the family stays here for now.</source>
        <translation>
            <numerusform>“{name}” er overdraget til en anden koordinator, og den centrale server afviste en ændring, der blev lavet her. Den findes kun på denne computer, så familien bliver her indtil videre.</numerusform>
            <numerusform>“{name}” er overdraget til en anden koordinator, og den centrale server afviste %n ændringer, der blev lavet her. De findes kun på denne computer, så familien bliver her indtil videre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="342"/>
        <source>%n change(s) need your eye</source>
        <translation>
            <numerusform>1 ændring kræver din stillingtagen</numerusform>
            <numerusform>%n ændringer kræver din stillingtagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="346"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>1 ændring venter på synkronisering</numerusform>
            <numerusform>%n ændringer venter på synkronisering</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="189"/>
        <location filename="../../ftbt_desktop/words/sync.py" line="260"/>
        <source>{what} – {field}: {why}</source>
        <translation>{what} – {field}: {why}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="278"/>
        <source>The vault on this computer lacked changes it had already sent to the central server: an older copy of the data folder has been put back. The missing changes have been fetched again from the server. If you did not restore an old copy yourself, tell your IT support.</source>
        <translation>Boksen på denne computer manglede ændringer, den allerede havde sendt til den centrale server: en ældre kopi af datamappen er lagt tilbage. De manglende ændringer er hentet igen fra serveren. Hvis du ikke selv har lagt en gammel kopi tilbage, så sig det til it-supporten.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="358"/>
        <source>Never synced</source>
        <translation>Aldrig synkroniseret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="360"/>
        <source>Synced – nothing new ({when})</source>
        <translation>Synkroniseret – intet nyt ({when})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="363"/>
        <source>Last synced {when}</source>
        <translation>Sidst synkroniseret {when}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="401"/>
        <source>Signed in as {user} at {server}</source>
        <translation>Logget ind som {user} på {server}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="291"/>
        <source>A family was assigned to another coordinator and has been removed from this computer.</source>
        <translation>En familie er overdraget til en anden koordinator og er fjernet fra denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="296"/>
        <source>The family “{name}” was assigned to another coordinator and has been removed from this computer.</source>
        <translation>“{name}” er overdraget til en anden koordinator og er fjernet fra denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="333"/>
        <source>Open the family, save the refused changes as a file for its new coordinator (or contact them), then choose “Remove from this computer”.</source>
        <translation>Åbn familien, gem de afviste ændringer som en fil til dens nye koordinator (eller kontakt vedkommende), og vælg derefter “Fjern fra denne computer”.</translation>
    </message>
</context>
<context>
    <name>SystemLibs</name>
    <message>
        <location filename="../../ftbt_desktop/ui/system_libs.py" line="72"/>
        <source>FTBT Desktop cannot open its window: these system packages are missing: {packages}. Install them with: sudo apt install {packages}</source>
        <translation>FTBT Desktop kan ikke åbne sit vindue, fordi disse systempakker mangler: {packages}. Installér dem med: sudo apt install {packages}</translation>
    </message>
</context>
<context>
    <name>TakenAwayBanner</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="71"/>
        <source>This family has been handed over to another coordinator. You can no longer edit it.</source>
        <translation>Familien er overdraget til en anden koordinator. Du kan ikke længere rette i den.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="75"/>
        <source>What was written here and not sent is shown below and beside the fields. Save it for the new coordinator, then remove the family from this computer.</source>
        <translation>Det, der er skrevet her og ikke sendt, står nedenfor og ved felterne. Gem det til den nye koordinator, og fjern derefter familien fra denne computer.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="79"/>
        <source>It is removed from this computer at the next sync.</source>
        <translation>Den fjernes fra denne computer ved næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="81"/>
        <source>Read-only: the family has been handed over</source>
        <translation>Skrivebeskyttet: familien er overdraget</translation>
    </message>
</context>
<context>
    <name>ThrivingForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="119"/>
        <source>Add a parent to the family first.</source>
        <translation>Tilføj først en forælder til familien.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="121"/>
        <source>Add a child to the family first.</source>
        <translation>Tilføj først et barn til familien.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="124"/>
        <source>Choose whether the child thrives better, the same or worse.</source>
        <translation>Vælg, om barnet trives bedre, som før eller dårligere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="146"/>
        <source>Child&apos;s thriving (parent&apos;s view)</source>
        <translation>Barnets trivsel (forælderens vurdering)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="148"/>
        <source>Edit child&apos;s thriving</source>
        <translation>Rediger barnets trivsel</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="150"/>
        <source>&amp;Parent:</source>
        <translation>&amp;Forælder:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="151"/>
        <source>&amp;Child:</source>
        <translation>&amp;Barn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="152"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="153"/>
        <source>Compared with before:</source>
        <translation>Sammenlignet med før:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="154"/>
        <source>&amp;Thriving 0–10:</source>
        <translation>&amp;Trivsel 0–10:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="155"/>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="156"/>
        <source>Optional: 0 is very poorly, 10 is very well</source>
        <translation>Valgfrit: 0 er meget dårligt, 10 er rigtig godt</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="26"/>
        <source>FTBT Desktop is locked</source>
        <translation>FTBT Desktop er låst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="29"/>
        <source>Type your passphrase to unlock the vault.</source>
        <translation>Skriv din adgangssætning for at låse boksen op.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="31"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="32"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="35"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="37"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation>Glemt din adgangssætning? Brug din gendannelsesnøgle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="58"/>
        <source>Opening the vault…</source>
        <translation>Åbner boksen…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="85"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv først din adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="63"/>
        <source>Locking: the vault closes as soon as the current task is done…</source>
        <translation>Låser: boksen lukkes, så snart den igangværende opgave er færdig…</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="131"/>
        <source>What you typed for {family} is not saved yet ({pages}).</source>
        <translation>Det, du har skrevet for {family}, er ikke gemt endnu ({pages}).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="134"/>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="137"/>
        <source>Do you want to save it first?</source>
        <translation>Vil du gemme det først?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="126"/>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="136"/>
        <source>What you typed is not saved yet ({pages}).</source>
        <translation>Det, du har skrevet, er ikke gemt endnu ({pages}).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="128"/>
        <source>FTBT Desktop is locked. Cancel, unlock and save it, or close without saving.</source>
        <translation>FTBT Desktop er låst. Vælg Annuller, lås op og gem det – eller luk uden at gemme.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="141"/>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="75"/>
        <source>Do&amp;n&apos;t save</source>
        <translation>Gem &amp;ikke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="103"/>
        <source>New family</source>
        <translation>Ny familie</translation>
    </message>
</context>
<context>
    <name>VaultWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="21"/>
        <source>the key file (vault.keys)</source>
        <translation>nøglefilen (vault.keys)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="22"/>
        <source>the database file (vault.db)</source>
        <translation>databasefilen (vault.db)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="23"/>
        <source>the history of changes</source>
        <translation>historikken over ændringer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="24"/>
        <source>the current data about families</source>
        <translation>de aktuelle oplysninger om familierne</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="25"/>
        <source>the vault&apos;s own settings</source>
        <translation>boksens egne indstillinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="26"/>
        <source>the record of the vault&apos;s format version</source>
        <translation>oplysningen om boksens formatversion</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="29"/>
        <source>the search indexes</source>
        <translation>søgeindeksene</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="30"/>
        <source>unused pages or index pages</source>
        <translation>ubrugte sider eller indekssider</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="33"/>
        <source>the backups</source>
        <translation>sikkerhedskopierne</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="35"/>
        <source>other parts of the vault</source>
        <translation>andre dele af boksen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="40"/>
        <source>Choose a passphrase of several ordinary words you can remember, for example four words with spaces between them.</source>
        <translation>Vælg en adgangssætning af flere almindelige ord, du kan huske – for eksempel fire ord med mellemrum imellem.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="45"/>
        <source>Too short: use at least 12 characters. Several words are easier to remember than one complicated word.</source>
        <translation>For kort: brug mindst 12 tegn. Flere ord er lettere at huske end ét kompliceret ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="50"/>
        <source>Many people use this passphrase, so it is easy to guess. Choose your own words.</source>
        <translation>Mange bruger denne adgangssætning, så den er let at gætte. Vælg dine egne ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="54"/>
        <source>Repeated characters or words are easy to guess. Use different words.</source>
        <translation>Gentagne tegn eller ord er lette at gætte. Brug forskellige ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="57"/>
        <source>Sequences such as “abcd”, “1234” or “qwerty” are easy to guess. Use words instead.</source>
        <translation>Rækkefølger som »abcd«, »1234« eller »qwerty« er lette at gætte. Brug hellere ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="61"/>
        <source>Only digits or symbols are easy to guess. Use words instead.</source>
        <translation>Kun tal eller tegn er let at gætte. Brug hellere ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="64"/>
        <source>Acceptable. One or two more words would make it much stronger.</source>
        <translation>Godkendt. Et eller to ord mere vil gøre den meget stærkere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="67"/>
        <source>Good passphrase.</source>
        <translation>God adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="68"/>
        <source>Strong passphrase.</source>
        <translation>Stærk adgangssætning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="74"/>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>De to adgangssætninger er ikke ens. Skriv den samme adgangssætning to gange.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="80"/>
        <source>This passphrase does not open the vault. Check that Caps Lock is off and try again.</source>
        <translation>Denne adgangssætning åbner ikke boksen. Tjek, at Caps Lock er slået fra, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="87"/>
        <source>This recovery key does not open the vault. Check each group of characters and try again.</source>
        <translation>Denne gendannelsesnøgle åbner ikke boksen. Tjek hver gruppe af tegn, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="94"/>
        <source>This vault was saved by a newer version of FTBT Desktop. Install the newest version to open it.</source>
        <translation>Boksen er gemt af en nyere version af FTBT Desktop. Installér den nyeste version for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="102"/>
        <source>Something unexpected went wrong. Try again; if it keeps happening, restart FTBT Desktop and contact your IT support.</source>
        <translation>Noget uventet gik galt. Prøv igen. Sker det igen, så genstart FTBT Desktop, og kontakt din it-support.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="110"/>
        <source>FTBT Desktop could not read or write its files in the data folder. Check that the disk is not full and that you may write to the folder.</source>
        <translation>FTBT Desktop kunne ikke læse eller skrive sine filer i datamappen. Tjek, at disken ikke er fuld, og at du har lov til at skrive i mappen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="118"/>
        <source>The disk is full, so FTBT Desktop cannot open or save the vault. The vault is not damaged and nothing was changed. Make room on the disk (empty the wastebasket, delete large files you do not need) and try again.</source>
        <translation>Disken er fuld, så FTBT Desktop kan ikke åbne eller gemme boksen. Boksen er ikke beskadiget, og intet blev ændret. Skaf plads på disken (tøm papirkurven, slet store filer, du ikke har brug for) og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="127"/>
        <source>The key file (vault.keys) belongs to another vault: it does not open this vault&apos;s data, which is not damaged.</source>
        <translation>Nøglefilen (vault.keys) hører til en anden boks: den åbner ikke denne boks&apos; data, som ikke er beskadigede.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="135"/>
        <source>The data folder {path} can be opened by other accounts on this computer, and FTBT Desktop cannot change that (the folder belongs to another account), so the vault is not opened there. Ask IT support to make the folder yours alone, or start FTBT Desktop with another data folder.</source>
        <translation>Datamappen {path} kan åbnes af andre brugere på denne computer, og FTBT Desktop kan ikke ændre det (mappen tilhører en anden bruger), så boksen åbnes ikke der. Bed din it-support om at gøre mappen til din alene, eller start FTBT Desktop med en anden datamappe.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="145"/>
        <source>The data folder {path} could not be made yours alone: Windows refused to set its access list, so the vault is not opened there. Ask IT support to give your account alone full control of the folder, or start FTBT Desktop with another data folder.</source>
        <translation>Datamappen {path} kunne ikke gøres til din alene: Windows afviste at sætte dens adgangsliste, så boksen åbnes ikke der. Bed din it-support om at give din bruger alene fuld kontrol over mappen, eller start FTBT Desktop med en anden datamappe.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="161"/>
        <source>Another FTBT Desktop (a second window or a command) is working on this data folder, so nothing was changed. Close it, or wait for it to finish, and try again.</source>
        <translation>En anden FTBT Desktop (et andet vindue eller en kommando) arbejder i denne datamappe, så intet blev ændret. Luk den, eller vent til den er færdig, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="130"/>
        <source>Each next step can be at most {limit} characters; shorten “{start}…”.</source>
        <translation>Hvert næste skridt kan højst være {limit} tegn; forkort “{start}…”.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="160"/>
        <source>The date {date} is in the future. Save the visit with this date?</source>
        <translation>Datoen {date} ligger ude i fremtiden. Vil du gemme besøget med den dato?</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="163"/>
        <source>Yes, save</source>
        <translation>Ja, gem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="164"/>
        <source>No, change the date</source>
        <translation>Nej, ret datoen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="176"/>
        <source>New visit</source>
        <translation>Nyt besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="176"/>
        <source>Edit visit</source>
        <translation>Ret besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="177"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="178"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="179"/>
        <source>Who was there:</source>
        <translation>Hvem var med:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="180"/>
        <source>&amp;Others:</source>
        <translation>&amp;Andre:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="181"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumé:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="182"/>
        <source>Agreed &amp;next steps:</source>
        <translation>Aftalte &amp;næste skridt:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="186"/>
        <source>No family members yet</source>
        <translation>Ingen familiemedlemmer endnu</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="187"/>
        <source>e.g. the class teacher, an interpreter</source>
        <translation>fx klasselæreren, en tolk</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="189"/>
        <source>Internal (coordinator only): not shown to the family or in their exports.</source>
        <translation>Intern (kun for koordinator): vises ikke for familien eller i deres udtræk.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="191"/>
        <source>A short summary for your own use</source>
        <translation>Et kort resumé til eget brug</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="192"/>
        <source>Summary, internal (coordinator only)</source>
        <translation>Resumé, internt (kun for koordinator)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="193"/>
        <source>One step per line</source>
        <translation>Ét skridt pr. linje</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="194"/>
        <source>Save visit</source>
        <translation>Gem besøg</translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="20"/>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="21"/>
        <source>At the office</source>
        <translation>På kontoret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="22"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="23"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="37"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="39"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/visit.py" line="41"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag siden</numerusform>
            <numerusform>%n dage siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/visit.py" line="46"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="43"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="52"/>
        <source>No visits yet.</source>
        <translation>Ingen besøg endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="53"/>
        <source>Last visit: {when}</source>
        <translation>Seneste besøg: {when}</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="152"/>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="248"/>
        <source>Summary of {date} – internal (coordinator only)</source>
        <translation>Resumé fra {date} – internt (kun for koordinator)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="252"/>
        <source>No summary written.</source>
        <translation>Intet resumé skrevet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="291"/>
        <source>Remove the visit of {date}? It stays in the history.</source>
        <translation>Fjern besøget den {date}? Det bliver stående i historikken.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="294"/>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="313"/>
        <source>Remove visit</source>
        <translation>Fjern besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="295"/>
        <source>Keep it</source>
        <translation>Behold det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="310"/>
        <source>The chosen visit</source>
        <translation>Det valgte besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="311"/>
        <source>New visit</source>
        <translation>Nyt besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="312"/>
        <source>Edit visit</source>
        <translation>Ret besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Kind</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Who was there</source>
        <translation>Hvem var med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="317"/>
        <source>Visits, newest first</source>
        <translation>Besøg, nyeste først</translation>
    </message>
</context>
<context>
    <name>Who5Chart</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="44"/>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="71"/>
        <source>Wellbeing (WHO-5) chart</source>
        <translation>Diagram over trivsel (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="60"/>
        <source>No WHO-5 measures yet.</source>
        <translation>Ingen WHO-5-målinger endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="64"/>
        <source>Scores by date: {scores}. The table below has the same measures.</source>
        <translation>Scorer efter dato: {scores}. Tabellen nedenfor har de samme målinger.</translation>
    </message>
</context>
<context>
    <name>Who5Exporter</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="45"/>
        <source>Export WHO-5 measures (FHIR)</source>
        <translation>Eksportér WHO-5-målinger (FHIR)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="47"/>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="57"/>
        <source>Save the file outside FTBT Desktop&apos;s data folder: everything in it stays encrypted.</source>
        <translation>Gem filen uden for FTBT Desktops datamappe: alt i den skal forblive krypteret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="64"/>
        <source>The measures could not be read. Try again.</source>
        <translation>Målingerne kunne ikke læses. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="66"/>
        <source>This person has no WHO-5 measures to export.</source>
        <translation>Denne person har ingen WHO-5-målinger at eksportere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="72"/>
        <source>The file could not be saved: {reason}.</source>
        <translation>Filen kunne ikke gemmes: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="82"/>
        <source>The export could not be noted in the vault&apos;s log, so nothing was saved.</source>
        <translation>Eksporten kunne ikke skrives i boksens log, så intet blev gemt.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="86"/>
        <source>{count} WHO-5 measures were saved as {file}, in the form of KL&apos;s WHO-5 questionnaire (FHIR). The file holds personal data: hand it to the municipality&apos;s system and delete it.</source>
        <translation>{count} WHO-5-målinger blev gemt som {file} i form af KL&apos;s WHO-5-spørgeskema (FHIR). Filen indeholder personoplysninger: aflevér den til kommunens system, og slet den bagefter.</translation>
    </message>
</context>
<context>
    <name>Who5Form</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="232"/>
        <source>Add an adult to the family first: WHO-5 is answered by adults.</source>
        <translation>Tilføj først en voksen til familien: WHO-5 besvares af voksne.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="277"/>
        <source>{answered} of 5 answered</source>
        <translation>{answered} af 5 besvaret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="282"/>
        <source>Score: {score}</source>
        <translation>Score: {score}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="292"/>
        <source>Since {date}: {change}</source>
        <translation>Siden {date}: {change}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="304"/>
        <source>Wellbeing (WHO-5)</source>
        <translation>Trivsel (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="306"/>
        <source>Edit wellbeing (WHO-5)</source>
        <translation>Rediger trivsel (WHO-5)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="308"/>
        <source>&amp;Adult:</source>
        <translation>&amp;Voksen:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="309"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="317"/>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="322"/>
        <source>Save WHO-5</source>
        <translation>Gem WHO-5</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="181"/>
        <source>Copy of the map</source>
        <translation>Kopi af kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="50"/>
        <location filename="../../ftbt_desktop/words/common.py" line="147"/>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="51"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="52"/>
        <location filename="../../ftbt_desktop/words/common.py" line="148"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="53"/>
        <source>Other adult</source>
        <translation>Anden voksen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="63"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="64"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="68"/>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="69"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="79"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="80"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="86"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="87"/>
        <location filename="../../ftbt_desktop/words/common.py" line="144"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="89"/>
        <location filename="../../ftbt_desktop/words/common.py" line="131"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="90"/>
        <source>Step</source>
        <translation>Skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="91"/>
        <source>Progress rating</source>
        <translation>Skalering</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="92"/>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="94"/>
        <location filename="../../ftbt_desktop/words/common.py" line="155"/>
        <source>Actor</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="95"/>
        <source>WHO-5 measure</source>
        <translation>WHO-5-måling</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="96"/>
        <source>Work and education status</source>
        <translation>Tilknytning til arbejde og uddannelse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="97"/>
        <source>Child&apos;s thriving</source>
        <translation>Barnets trivsel</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="98"/>
        <source>Leisure activity</source>
        <translation>Fritidsaktivitet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="99"/>
        <source>Civil-society connection</source>
        <translation>Kontakt til civilsamfundet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="100"/>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="102"/>
        <source>Map item</source>
        <translation>Element på kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="103"/>
        <source>Map link</source>
        <translation>Forbindelse på kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="104"/>
        <source>Snapshot</source>
        <translation>Øjebliksbillede</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="105"/>
        <source>Review comment</source>
        <translation>Kommentar fra gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="106"/>
        <source>Answer to a review comment</source>
        <translation>Svar på en kommentar fra gennemsynet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="107"/>
        <source>Review</source>
        <translation>Gennemsyn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="115"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="117"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="118"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="119"/>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="120"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="121"/>
        <source>Demo family</source>
        <translation>Demofamilie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="122"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="123"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="124"/>
        <source>In household</source>
        <translation>I husstanden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="126"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="127"/>
        <source>Family members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="128"/>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="129"/>
        <source>Why it matters</source>
        <translation>Derfor er det vigtigt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="130"/>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="132"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="133"/>
        <source>Who does it</source>
        <translation>Hvem gør det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="134"/>
        <source>Who (member or actor)</source>
        <translation>Hvem (familiemedlem eller aktør)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="135"/>
        <source>By when</source>
        <translation>Senest</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="136"/>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="137"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="138"/>
        <source>Rating (0–10)</source>
        <translation>Skalering (0–10)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="139"/>
        <source>Who was there</source>
        <translation>Hvem var med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="140"/>
        <source>Others present</source>
        <translation>Andre til stede</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="141"/>
        <source>Summary (internal)</source>
        <translation>Resumé (internt)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="142"/>
        <source>Agreed next steps</source>
        <translation>Aftalte næste skridt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="145"/>
        <source>WHO-5 answers</source>
        <translation>WHO-5-svar</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="146"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="149"/>
        <source>Compared with before</source>
        <translation>Sammenlignet med før</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="150"/>
        <source>Thriving (0–10)</source>
        <translation>Trivsel (0–10)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="151"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="152"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="153"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="154"/>
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="156"/>
        <source>Kinds of information</source>
        <translation>Typer af oplysninger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="157"/>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="158"/>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="159"/>
        <source>Valid until</source>
        <translation>Gyldigt til</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="160"/>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="161"/>
        <source>Given by</source>
        <translation>Givet af</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="162"/>
        <source>Shared with</source>
        <translation>Deles med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="163"/>
        <source>Given how</source>
        <translation>Skriftligt eller mundtligt</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="165"/>
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="166"/>
        <source>Stands for</source>
        <translation>Står for</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="167"/>
        <source>Position across</source>
        <translation>Placering vandret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="168"/>
        <source>Position down</source>
        <translation>Placering lodret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="169"/>
        <source>Place on the map</source>
        <translation>Plads på kortet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="170"/>
        <source>Visible to</source>
        <translation>Synlig for</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="171"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="172"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="173"/>
        <source>Both ways</source>
        <translation>Begge veje</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="175"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="176"/>
        <source>Answer to</source>
        <translation>Svar på</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="177"/>
        <source>Written by</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="178"/>
        <source>Reviewed by</source>
        <translation>Gennemset af</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="179"/>
        <source>Reviewed on</source>
        <translation>Gennemset den</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="182"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/common.py" line="211"/>
        <source>%n thing(s) on the map</source>
        <translation>
            <numerusform>%n ting på kortet</numerusform>
            <numerusform>%n elementer på kortet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="222"/>
        <source>{field} must be filled in.</source>
        <translation>{field} skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="224"/>
        <source>{field} can be at most {limit} characters.</source>
        <translation>{field} må højst være {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="229"/>
        <source>{field} must be a year from {low} to {high}.</source>
        <translation>{field} skal være et årstal fra {low} til {high}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="233"/>
        <source>{field} must be from {low} to {high}.</source>
        <translation>{field} skal være fra {low} til {high}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="237"/>
        <source>{field} must be a year, like 1985.</source>
        <translation>{field} skal være et årstal, f.eks. 1985.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="239"/>
        <source>{field} must be a number.</source>
        <translation>{field} skal være et tal.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="242"/>
        <source>{field} must be a date.</source>
        <translation>{field} skal være en dato.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="243"/>
        <source>{field} has a value that cannot be used.</source>
        <translation>{field} har en værdi, der ikke kan bruges.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="249"/>
        <source>This was removed or changed in the meantime. The view has been updated.</source>
        <translation>Det er blevet fjernet eller ændret i mellemtiden. Visningen er opdateret.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="139"/>
        <source>the folder holding the vault (default: {path})</source>
        <translation>mappen med boksen (standard: {path})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="145"/>
        <source>FTBT Desktop. Without a command the app starts; the commands below are for scripts and support. The passphrase is asked for, or read from the environment variable FTBT_PASSPHRASE.</source>
        <translation>FTBT Desktop. Uden en kommando starter programmet; kommandoerne herunder er til scripts og support. Programmet spørger efter adgangssætningen eller læser den fra miljøvariablen FTBT_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="500"/>
        <source>create a vault (or open the one there) and add the invented demo families</source>
        <translation>opret en boks (eller åbn den, der er) og tilføj de opdigtede demofamilier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="506"/>
        <source>verify every page of the vault and its schema; exit 0 when whole</source>
        <translation>kontrollér hver side i boksen og dens skema; slutkode 0, når den er hel</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="512"/>
        <source>write the families as JSON, or one family&apos;s plan as PDF</source>
        <translation>skriv familierne som JSON eller én families plan som PDF</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="530"/>
        <source>file format</source>
        <translation>filformat</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="534"/>
        <source>for --format pdf: the family&apos;s version (no internal notes; the default) or the supervisor&apos;s (everything)</source>
        <translation>til --format pdf: familiens udgave (uden interne noter; standard) eller udgaven til faglig leder (det hele)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="542"/>
        <source>the file to write (&apos;-&apos; for standard output)</source>
        <translation>filen, der skal skrives (&apos;-&apos; for standard-output)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="546"/>
        <source>only this family</source>
        <translation>kun denne familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="586"/>
        <source>merge the families of a JSON export into the vault</source>
        <translation>flet familierne fra en JSON-eksport ind i boksen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="590"/>
        <source>a file made by `ftbt-desktop export`</source>
        <translation>en fil lavet med `ftbt-desktop export`</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="73"/>
        <source>The passphrase does not open this vault. Nothing was changed.</source>
        <translation>Adgangssætningen åbner ikke denne boks. Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="47"/>
        <source>The vault is in use by FTBT Desktop. Close the app and try again.</source>
        <translation>Boksen er i brug i FTBT Desktop. Luk programmet, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="145"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Kan ikke bruge {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="151"/>
        <source>Unexpected error ({kind}). Set FTBT_DEBUG=1 to see the details.</source>
        <translation>Uventet fejl ({kind}). Sæt FTBT_DEBUG=1 for at se detaljerne.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="138"/>
        <source>The vault could not be read. Run `ftbt-desktop check` to see whether it is damaged.</source>
        <translation>Boksen kunne ikke læses. Kør `ftbt-desktop check` for at se, om den er beskadiget.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="278"/>
        <source>Demo families added: {count}.</source>
        <translation>Demofamilier tilføjet: {count}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="282"/>
        <source>The demo families are already in the vault.</source>
        <translation>Demofamilierne er allerede i boksen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="167"/>
        <source>Write the export outside the data folder {path}: everything in it stays encrypted.</source>
        <translation>Gem eksporten uden for datamappen {path}: alt i den skal forblive krypteret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="158"/>
        <source>There is no family with the id {id}.</source>
        <translation>Der er ingen familie med id {id}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="28"/>
        <source>the FTBT Desktop app</source>
        <translation>programmet FTBT Desktop</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="30"/>
        <source>the command `{command}`</source>
        <translation>kommandoen `{command}`</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="34"/>
        <source>another FTBT Desktop</source>
        <translation>en anden FTBT Desktop</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="36"/>
        <source>{holder}, process {pid}</source>
        <translation>{holder}, proces {pid}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="39"/>
        <source>The vault is in use by another FTBT Desktop ({holder}). Nothing was changed. Close it, or wait for it to finish, and try again.</source>
        <translation>Boksen er i brug af en anden FTBT Desktop ({holder}). Intet blev ændret. Luk den, eller vent til den er færdig, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="54"/>
        <source>The data folder {path} can be opened by other accounts on this computer, and this account cannot change that (the folder belongs to another account). Nothing was opened. Ask IT support to make the folder yours alone (chmod 700), or use another data folder.</source>
        <translation>Datamappen {path} kan åbnes af andre brugere på denne computer, og denne bruger kan ikke ændre det (mappen tilhører en anden bruger). Intet blev åbnet. Bed din it-support om at gøre mappen til din alene (chmod 700), eller brug en anden datamappe.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="286"/>
        <source>The vault is whole: every page, the schema, the change history and the current data check out.</source>
        <translation>Boksen er hel: alle sider, skemaet, ændringshistorikken og de aktuelle data er i orden.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="294"/>
        <source>The vault&apos;s clock is {ahead} ahead of this computer&apos;s clock, so the central server would refuse its changes. FTBT Desktop puts it right the next time the vault is unlocked: changes not yet synced are stamped again, and history keeps the originals.</source>
        <translation>Boksens ur er {ahead} foran denne computers ur, så den centrale server ville afvise dens ændringer. FTBT Desktop retter det, næste gang boksen låses op: ændringer, der endnu ikke er synkroniseret, får et nyt tidsstempel, og historikken beholder de oprindelige.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="307"/>
        <source>Exported. Families: {families}. Changes: {changes}. File: {path}</source>
        <translation>Eksporteret. Familier: {families}. Ændringer: {changes}. Fil: {path}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="313"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan ikke læse {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="319"/>
        <source>Imported. Families in the file: {families}. New changes: {new}. Changes already in the vault: {known}.</source>
        <translation>Importeret. Familier i filen: {families}. Nye ændringer: {new}. Ændringer, der allerede var i boksen: {known}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="193"/>
        <source>Passphrase: </source>
        <translation>Adgangssætning: </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="197"/>
        <source>No passphrase was given (type it, or set FTBT_PASSPHRASE).</source>
        <translation>Der blev ikke angivet nogen adgangssætning (skriv den, eller sæt FTBT_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="203"/>
        <source>New passphrase: </source>
        <translation>Ny adgangssætning: </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="207"/>
        <source>Type the passphrase again: </source>
        <translation>Skriv adgangssætningen igen: </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="211"/>
        <source>The two passphrases differ. No vault was created.</source>
        <translation>De to adgangssætninger er forskellige. Der er ikke oprettet nogen boks.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="215"/>
        <source>No vault was created.</source>
        <translation>Der er ikke oprettet nogen boks.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="232"/>
        <source>The passphrase is empty.</source>
        <translation>Adgangssætningen er tom.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="233"/>
        <source>The passphrase is too short. Use at least 12 characters, for example three or four ordinary words.</source>
        <translation>Adgangssætningen er for kort. Brug mindst 12 tegn, for eksempel tre eller fire almindelige ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="238"/>
        <source>The passphrase is one of the most used ones and easy to guess.</source>
        <translation>Adgangssætningen er blandt de mest brugte og let at gætte.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="241"/>
        <source>The passphrase repeats the same characters and is easy to guess.</source>
        <translation>Adgangssætningen gentager de samme tegn og er let at gætte.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="244"/>
        <source>The passphrase is a sequence (like 1234 or qwerty) and easy to guess.</source>
        <translation>Adgangssætningen er en række (som 1234 eller qwerty) og let at gætte.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="247"/>
        <source>The passphrase has no letters. Use words.</source>
        <translation>Adgangssætningen har ingen bogstaver. Brug ord.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="250"/>
        <source>The passphrase is accepted; one more word would make it much stronger.</source>
        <translation>Adgangssætningen er godkendt; ét ord mere ville gøre den meget stærkere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="265"/>
        <source>A new vault was created in {path}.

Recovery key: {key}

Write the recovery key on paper and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and cannot be shown again.</source>
        <translation>Der er oprettet en ny boks i {path}.

Gendannelsesnøgle: {key}

Skriv gendannelsesnøglen ned på papir, og opbevar den et sikkert sted, væk fra denne computer. Den åbner boksen, hvis adgangssætningen bliver glemt. Den vises kun denne ene gang og kan ikke vises igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="79"/>
        <source>There is no vault in {path}. Start FTBT Desktop to create one, or use `ftbt-desktop demo --data-dir DIR`.</source>
        <translation>Der er ingen boks i {path}. Start FTBT Desktop for at oprette en, eller brug `ftbt-desktop demo --data-dir DIR`.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="64"/>
        <source>The data folder {path} could not be made this account&apos;s alone: Windows refused to set its access list. Nothing was opened. Ask IT support to give this account alone full control of the folder (docs/deploy-windows.md), or use another data folder.</source>
        <translation>Datamappen {path} kunne ikke gøres til denne brugers alene: Windows afviste at sætte dens adgangsliste. Intet blev åbnet. Bed din it-support om at give denne bruger alene fuld kontrol over mappen (docs/deploy-windows.md), eller brug en anden datamappe.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="87"/>
        <source>The disk holding {path} is full. Nothing was changed and the vault is not damaged: make room on the disk and try again.</source>
        <translation>Disken med {path} er fuld. Intet blev ændret, og boksen er ikke beskadiget: skaf plads på disken og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="95"/>
        <source>The disk holding {path} filled up, so the last step was not saved; what was saved before it is kept, and the vault is not damaged. Make room on the disk and try again.</source>
        <translation>Disken med {path} blev fuld, så det sidste trin blev ikke gemt; det, der blev gemt før det, er bevaret, og boksen er ikke beskadiget. Skaf plads på disken, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="104"/>
        <source>The key file (vault.keys) belongs to another vault; this vault&apos;s data is not damaged. Its own key file is in the backups folder: start FTBT Desktop and let it put it back (the other key file is kept aside, not deleted).</source>
        <translation>Nøglefilen (vault.keys) hører til en anden boks; denne boks&apos; data er ikke beskadigede. Boksens egen nøglefil ligger i mappen med sikkerhedskopier: start FTBT Desktop, og lad programmet lægge den tilbage (den anden nøglefil gemmes til side, den slettes ikke).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="114"/>
        <source>The vault is damaged. Affected: {affected}.
Start FTBT Desktop and let it restore the latest good backup; the damaged files are kept aside, not deleted.</source>
        <translation>Boksen er beskadiget. Berørt: {affected}.
Start FTBT Desktop, og lad programmet gendanne den seneste gode sikkerhedskopi; de beskadigede filer bliver lagt til side, ikke slettet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="125"/>
        <source>the key file (vault.keys)</source>
        <translation>nøglefilen (vault.keys)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="126"/>
        <source>the database file (vault.db)</source>
        <translation>databasefilen (vault.db)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="127"/>
        <source>the vault&apos;s settings</source>
        <translation>boksens indstillinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="128"/>
        <source>the change history</source>
        <translation>ændringshistorikken</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="129"/>
        <source>the current data</source>
        <translation>de aktuelle data</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="130"/>
        <source>the schema version</source>
        <translation>skemaversionen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="131"/>
        <source>the search indexes</source>
        <translation>søgeindeksene</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="132"/>
        <source>the backups</source>
        <translation>sikkerhedskopierne</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="328"/>
        <source>the file is not JSON text</source>
        <translation>filen er ikke JSON-tekst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="329"/>
        <source>the file is not an FTBT export</source>
        <translation>filen er ikke en FTBT-eksport</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="330"/>
        <source>the file was made by a newer FTBT Desktop (format version {version}); update FTBT Desktop first</source>
        <translation>filen er lavet af en nyere FTBT Desktop (formatversion {version}); opdatér FTBT Desktop først</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="335"/>
        <source>the file has an unknown format version</source>
        <translation>filen har en ukendt formatversion</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="336"/>
        <source>the file has no list of families</source>
        <translation>filen har ingen liste over familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="337"/>
        <source>family {family} lacks an id or a list of changes</source>
        <translation>familie {family} mangler et id eller en liste over ændringer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="340"/>
        <source>family {family} appears twice</source>
        <translation>familie {family} optræder to gange</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="341"/>
        <source>family {family}, change {change} is malformed ({detail})</source>
        <translation>familie {family}, ændring {change} er ikke opbygget korrekt ({detail})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="344"/>
        <source>family {family}, change {change} belongs to another family</source>
        <translation>familie {family}, ændring {change} hører til en anden familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="347"/>
        <source>family {family}, change {change} holds a kind of data this version does not know ({kind}); update FTBT Desktop first</source>
        <translation>familie {family}, ændring {change} indeholder en slags data, som denne version ikke kender ({kind}); opdatér FTBT Desktop først</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="352"/>
        <source>family {family}, change {change} has an invalid value for {field}</source>
        <translation>familie {family}, ændring {change} har en ugyldig værdi for {field}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="355"/>
        <source>the change {change_id} appears twice</source>
        <translation>ændringen {change_id} optræder to gange</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="358"/>
        <source>family {family}, change {change} is stamped {ahead} ahead of this computer&apos;s clock; check the date and time on this computer and on the one that made the file</source>
        <translation>familie {family}, ændring {change} er stemplet {ahead} foran denne computers ur; kontrollér dato og klokkeslæt på denne computer og på den, der lavede filen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="363"/>
        <source>family {family} has no name in its change history</source>
        <translation>familie {family} har intet navn i sin ændringshistorik</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="366"/>
        <source>in family {family}, &apos;{key}&apos; does not match the family&apos;s change history</source>
        <translation>i familie {family} passer &apos;{key}&apos; ikke med familiens ændringshistorik</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="369"/>
        <source>the file goes on after its list of families</source>
        <translation>filen fortsætter efter sin liste over familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="372"/>
        <source>the file changed while it was being imported; try again</source>
        <translation>filen blev ændret, mens den blev importeret; prøv igen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="380"/>
        <source>{position} (id {id})</source>
        <translation>{position} (id {id})</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="386"/>
        <source>Cannot import {path}: {reason}. Nothing was changed.</source>
        <translation>Kan ikke importere {path}: {reason}. Intet er ændret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="174"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Kan ikke skrive {path}: {reason}. Intet er skrevet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="407"/>
        <source>The PDF, the CSV and the JSON need a different file each.</source>
        <translation>PDF’en, CSV’en og JSON’en skal have hver sin fil.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="428"/>
        <source>JSON: {json}.</source>
        <translation>JSON: {json}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="518"/>
        <source>Writes the families as JSON (all, or one with --family), or one family&apos;s plan as PDF: --format pdf --family ID, for the family (no internal notes, large type) or the supervisor (everything), or one family&apos;s WHO-5 measures as FHIR QuestionnaireResponse resources after KL&apos;s WHO-5 questionnaire: --format fhir --family ID [--member ID]. The file holds personal data: keep it in the encrypted folder your municipality prescribes.</source>
        <translation>Skriver familierne som JSON (alle, eller én med --family), én families plan som PDF: --format pdf --family ID, til familien (uden interne noter, stor skrift) eller til den faglige leder (det hele), eller én families WHO-5-målinger som FHIR QuestionnaireResponse efter KL&apos;s WHO-5-spørgeskema: --format fhir --family ID [--member ID]. Filen indeholder personoplysninger: opbevar den i den krypterede mappe, din kommune foreskriver.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="550"/>
        <source>for --format fhir: only this family member&apos;s WHO-5 measures</source>
        <translation>med --format fhir: kun dette familiemedlems WHO-5-målinger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="556"/>
        <source>--member goes with --format fhir (a member&apos;s WHO-5 measures).</source>
        <translation>--member hører til --format fhir (et familiemedlems WHO-5-målinger).</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="562"/>
        <source>WHO-5 measures are exported for one family: give --family ID.</source>
        <translation>WHO-5-målinger eksporteres for én familie: angiv --family ID.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="568"/>
        <source>The family has no member with the id {id}.</source>
        <translation>Familien har intet familiemedlem med id&apos;et {id}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="574"/>
        <source>Exported as FHIR. WHO-5 measures: {measures}. File: {path}</source>
        <translation>Eksporteret som FHIR. WHO-5-målinger: {measures}. Fil: {path}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="580"/>
        <source>There are no WHO-5 measures to export: no file was written.</source>
        <translation>Der er ingen WHO-5-målinger at eksportere: ingen fil er skrevet.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="637"/>
        <source>set a second period beside the first (--from/--to), starting on this date (YYYY-MM-DD); the headline figures of both and the change are added</source>
        <translation>sæt en anden periode ved siden af den første (--from/--to), der begynder denne dato (ÅÅÅÅ-MM-DD); hovedtallene for begge og ændringen kommer med</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="645"/>
        <source>the second period&apos;s last day (YYYY-MM-DD), included</source>
        <translation>den anden periodes sidste dag (ÅÅÅÅ-MM-DD), medregnet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="649"/>
        <source>add the headline figures per team (the team of each family&apos;s coordinator, as the central server said at the last sync)</source>
        <translation>tilføj hovedtallene for hvert team (teamet for familiens koordinator, som den centrale server oplyste ved seneste synkronisering)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="657"/>
        <source>also write the figures as JSON (stable keys, units and numbers, for scripts)</source>
        <translation>skriv også tallene som JSON (faste nøgler, enheder og tal, til scripts)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="663"/>
        <source>sign this vault in to the central server (password from FTBT_PASSWORD or a prompt)</source>
        <translation>log denne boks ind på den centrale server (adgangskoden læses fra FTBT_PASSWORD, ellers spørges der efter den)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="670"/>
        <source>the central server&apos;s address</source>
        <translation>den centrale servers adresse</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="674"/>
        <source>your username</source>
        <translation>dit brugernavn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="678"/>
        <source>sign in to the central server with the municipality&apos;s login in the browser instead of a password</source>
        <translation>log ind på den centrale server med kommunens login i browseren i stedet for med adgangskode</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="686"/>
        <source>Sign in in the browser. If no browser opens, open this address in a browser on this computer:
{url}</source>
        <translation>Log ind i browseren. Åbner der ingen browser, så åbn denne adresse i en browser på denne computer:
{url}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="694"/>
        <source>this computer&apos;s name as the server&apos;s audit log shows it</source>
        <translation>denne computers navn, som serverens adgangslog viser det</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="700"/>
        <source>send and fetch changes; exit 0 when this vault is in sync</source>
        <translation>send og hent ændringer; slutter med 0, når boksen er synkroniseret</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="451"/>
        <source>Signed in to {server} as {user} ({role}). Device: {device}.</source>
        <translation>Logget ind på {server} som {user} ({role}). Enhed: {device}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="457"/>
        <source>Pushed: {pushed}. Pulled: {pulled}. Conflicts: {conflicts}.</source>
        <translation>Sendt: {pushed}. Hentet: {pulled}. Konflikter: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="463"/>
        <source>Open FTBT Desktop to decide the conflicts: both values are kept until then.</source>
        <translation>Åbn FTBT Desktop for at tage stilling til konflikterne: begge værdier gemmes indtil da.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="258"/>
        <source>Server password: </source>
        <translation>Adgangskode til serveren: </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="594"/>
        <source>write the outcome report over all families (or chosen ones) as PDF and CSV</source>
        <translation>skriv resultatopgørelsen for alle familier (eller udvalgte) som PDF og CSV</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="611"/>
        <source>first day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)</source>
        <translation>periodens første dag (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ; standard: ingen grænse)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="617"/>
        <source>last day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)</source>
        <translation>periodens sidste dag (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ; standard: ingen grænse)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="623"/>
        <source>only these families (default: all but the demo families)</source>
        <translation>kun disse familier (standard: alle undtagen demofamilierne)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="629"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen, der skal skrives</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="633"/>
        <source>also write the figures as CSV (for Excel)</source>
        <translation>skriv også tallene som CSV (til Excel)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="395"/>
        <source>The period ends ({end}) before it starts.</source>
        <translation>Perioden slutter ({end}), før den begynder.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="401"/>
        <source>The report is written to files: give file names, not &apos;-&apos;.</source>
        <translation>Opgørelsen skrives til filer: angiv filnavne, ikke &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="413"/>
        <source>Write the report outside the data folder {path}: everything in it stays encrypted.</source>
        <translation>Gem opgørelsen uden for datamappen {path}: alt i den skal forblive krypteret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="422"/>
        <source>Outcome report written. Families: {families}. PDF: {pdf}. Pages: {pages}.</source>
        <translation>Resultatopgørelsen er skrevet. Familier: {families}. PDF: {pdf}. Sider: {pages}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="426"/>
        <source>CSV: {csv}.</source>
        <translation>CSV: {csv}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="433"/>
        <source>The files hold personal data about the families. Keep them in the encrypted folder your municipality prescribes, and delete them when no longer needed. The export is noted in the vault&apos;s audit trail.</source>
        <translation>Filerne indeholder personoplysninger om familierne. Opbevar dem i den krypterede mappe, din kommune foreskriver, og slet dem, når de ikke længere skal bruges. Eksporten er registreret i boksens logning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="442"/>
        <source>{option} needs a date like 2025-01-31 or 31.01.2025, not &apos;{text}&apos;.</source>
        <translation>{option} skal have en dato som 2025-01-31 eller 31.01.2025, ikke &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="81"/>
        <source>A family plan is made for one family: give --family ID.</source>
        <translation>En familieplan laves for én familie: angiv --family ID.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="88"/>
        <source>A PDF cannot go to standard output: give a file name with -o FILE.</source>
        <translation>En PDF kan ikke skrives til standard output: angiv et filnavn med -o FIL.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="108"/>
        <source>Cannot write {path}. Nothing was written.</source>
        <translation>Kan ikke skrive {path}. Der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="120"/>
        <source>Family plan written ({audience}). Pages: {pages}. File: {path}</source>
        <translation>Familiens plan er skrevet ({audience}). Sider: {pages}. Fil: {path}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="130"/>
        <source>the family&apos;s version</source>
        <translation>familiens udgave</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="131"/>
        <source>the supervisor&apos;s version</source>
        <translation>udgaven til faglig leder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="96"/>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="97"/>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="98"/>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="99"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="102"/>
        <source>the following arguments are required: %s</source>
        <translation>disse argumenter mangler: %s</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="105"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="108"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="111"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="114"/>
        <source>expected one argument</source>
        <translation>der skal stå en værdi efter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="115"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan være %(matches)s</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="127"/>
        <source>a folder is needed, not an empty text</source>
        <translation>der skal stå en mappe, ikke en tom tekst</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="158"/>
        <source>show the version and exit</source>
        <translation>vis versionen og afslut</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="181"/>
        <source>The file holds personal data. Keep it in the encrypted folder your municipality prescribes, and delete it when it is no longer needed. The export is noted in the vault&apos;s audit trail.</source>
        <translation>Filen indeholder personoplysninger. Opbevar den i den krypterede mappe, din kommune foreskriver, og slet den, når den ikke længere skal bruges. Eksporten er registreret i boksens logning.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="152"/>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="492"/>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="167"/>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="496"/>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="600"/>
        <source>The programme&apos;s outcome report: an A4 PDF with charts and, with --csv, the figures as CSV for Excel, over every family but the demo ones or those given with --family. --from and --to limit it to a period. Counts under 5 are shown as “&lt;5”; the files hold no names and no ids, but they are personal data: keep them in the encrypted folder your municipality prescribes.</source>
        <translation>Programmets resultatopgørelse: en A4-PDF med diagrammer og, med --csv, tallene som CSV til Excel, over alle familier undtagen demofamilierne eller dem, der er angivet med --family. --from og --to afgrænser den til en periode. Antal under 5 vises som “&lt;5”; filerne indeholder ingen navne og ingen id’er, men de er personoplysninger: opbevar dem i den krypterede mappe, din kommune foreskriver.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="706"/>
        <source>re-encrypt all data with a new key (when a secret may be known)</source>
        <translation>krypter alle data igen med en ny nøgle (når en adgangssætning eller nøgle kan være kendt af andre)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="712"/>
        <source>Re-encrypts all data with a new key, replaces the backups with a new one and prints a new recovery key. Use it when the passphrase or the recovery key may be known to someone else: an old copy of the key file then opens nothing written from now on. Close FTBT Desktop first.</source>
        <translation>Krypterer alle data igen med en ny nøgle, erstatter sikkerhedskopierne med en ny og udskriver en ny gendannelsesnøgle. Brug det, når adgangssætningen eller gendannelsesnøglen kan være kendt af andre: en gammel kopi af nøglefilen åbner så intet af det, der skrives fra nu af. Luk FTBT Desktop først.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="722"/>
        <source>choose a new passphrase too (asked twice, or FTBT_NEW_PASSPHRASE)</source>
        <translation>vælg også en ny adgangssætning (spørges to gange, eller FTBT_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="472"/>
        <source>Re-encrypting all data…</source>
        <translation>Krypterer alle data igen…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="227"/>
        <source>Nothing was changed.</source>
        <translation>Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="219"/>
        <source>The two passphrases differ.</source>
        <translation>De to adgangssætninger er forskellige.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="223"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nye adgangssætning er den samme som den nuværende.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="476"/>
        <source>All data is re-encrypted with a new key, and the old backups are replaced by a new one.

New recovery key: {key}

The old recovery key no longer works. Write the new one on paper and keep it somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Alle data er krypteret igen med en ny nøgle, og de gamle sikkerhedskopier er erstattet af en ny.

Ny gendannelsesnøgle: {key}

Den gamle gendannelsesnøgle virker ikke længere. Skriv den nye ned på papir, og opbevar den et sikkert sted væk fra denne computer. Den vises kun denne ene gang.</translation>
    </message>
</context>
</TS>
