<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ftbt_desktop/ui/accessibility.py" line="135"/>
        <source>More tools on this toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorChecks</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_checks.py" line="27"/>
        <source>Shared with {actor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="69"/>
        <source>Give the actor a name, e.g. Jobcenter Helsingør.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="85"/>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="85"/>
        <source>Edit actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="86"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="87"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="88"/>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="89"/>
        <source>Contact &amp;details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="90"/>
        <source>e.g. Jobcenter Helsingør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="91"/>
        <source>e.g. the caseworker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="92"/>
        <source>Phone, e-mail or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/actor_form.py" line="95"/>
        <source>Save actor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="54"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="70"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="61"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="63"/>
        <source>The old passphrase may be known to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="72"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="100"/>
        <source>The passphrase is changed and all data is re-encrypted. This is your new recovery key; the old one no longer works. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="108"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="141"/>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="146"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="172"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="213"/>
        <source>It could not be saved that the recovery key is stored. Try again; otherwise a new key is asked for at the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="225"/>
        <source>Re-encrypting was stopped. Nothing was changed: the passphrase is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_dialog.py" line="233"/>
        <source>The current passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockWords</name>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="26"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>1 year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="28"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>1 day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="30"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>1 hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/clock.py" line="32"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>1 minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/conflict_notice.py" line="101"/>
        <source>The same thing was changed in two places before they were synced. Keep one value; the other stays in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/conflict_notice.py" line="128"/>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/conflict_notice.py" line="156"/>
        <source>(shown now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="38"/>
        <source>{what} – {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="61"/>
        <source>{kind} for {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="64"/>
        <source>{kind} for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="100"/>
        <source>this computer “{name}” ({label}), by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="104"/>
        <source>{name} ({label}) via the central server, by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/conflict.py" line="108"/>
        <source>computer {label} via the central server, by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="183"/>
        <source>Give the association, volunteer or group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="200"/>
        <source>Civil-society connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="202"/>
        <source>Edit civil-society connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="204"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="205"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="206"/>
        <source>Who takes part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="207"/>
        <source>e.g. Mødrenetværket, Home-Start, the choir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="208"/>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="211"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="212"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="202"/>
        <source>Add the family member the consent is about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="207"/>
        <source>Tick who gave the consent: the custody holders, or the person it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="213"/>
        <source>{name} is a child and can only give consent about themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="217"/>
        <source>Add the actor first: a consent names who the information is shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="221"/>
        <source>Tick who the information may be shared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="227"/>
        <source>Say what the information is exchanged for (the purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="230"/>
        <source>Say whether the consent was given in writing or orally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="234"/>
        <source>“Valid until” is before the date the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="238"/>
        <source>“Withdrawn” is before the date the consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="244"/>
        <source>Who gave this consent has not been recorded. Tick who gave it before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="247"/>
        <source>Who gave this consent has not been recorded. Tick who gave it, and say whether it was given in writing or orally, before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="273"/>
        <source>Consent given by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="279"/>
        <source>New consent (§11a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="279"/>
        <source>Edit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="281"/>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="282"/>
        <source>Given b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="283"/>
        <source>Shared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="284"/>
        <source>Which information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="285"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="286"/>
        <source>&amp;Given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="287"/>
        <source>Given &amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="288"/>
        <source>&amp;Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="289"/>
        <source>The consent is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="290"/>
        <source>Who gave the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="291"/>
        <source>Who the information is shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="292"/>
        <source>Add the family members first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="293"/>
        <source>Add the actors around the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="297"/>
        <source>e.g. to plan a part-time return to work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="299"/>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="300"/>
        <source>Orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="301"/>
        <source>Consent given in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="302"/>
        <source>Consent given orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="305"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/consent_form.py" line="308"/>
        <source>Save consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="26"/>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="78"/>
        <source>Purpose: {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="89"/>
        <source>Consent has been given for {recipients} to exchange information about {about} {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="95"/>
        <source>{givers} has given consent for {recipients} to exchange information about {about} {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="100"/>
        <source>{givers} have given consent for {recipients} to exchange information about {about} {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="110"/>
        <source>The consent was given in writing on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="115"/>
        <source>The consent was given orally on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="117"/>
        <source>The consent was given on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="122"/>
        <source>Whether it was given in writing or orally is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="133"/>
        <source>It was withdrawn on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="136"/>
        <source>It is withdrawn from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="140"/>
        <source>It ran out on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="141"/>
        <source>It is valid until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/consent_words.py" line="145"/>
        <source>Who gave the consent has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="84"/>
        <source>Welcome to FTBT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="86"/>
        <source>The information about your families is kept encrypted on this computer, in a vault that only your passphrase opens. Choose a passphrase of several ordinary words you can remember, for example four words with spaces between them. Nobody, not even IT support, can open the vault without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="91"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="95"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="25"/>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="28"/>
        <source>Some of the vault&apos;s files have been changed or broken, so FTBT Desktop will not trust them. This is affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="36"/>
        <source>FTBT Desktop can put back the latest backup that is whole. Changes made after that backup are not in it. The damaged files are kept aside in the data folder, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="41"/>
        <source>Type your passphrase to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="43"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="46"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="61"/>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="76"/>
        <source>FTBT Desktop found this vault&apos;s own key file in the backups folder and can put it back; your data stays as it is. The other key file is kept aside in the data folder, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="81"/>
        <source>Put back the vault&apos;s own key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="108"/>
        <source>Putting back the vault&apos;s own key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="110"/>
        <source>Restoring the latest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/damaged_page.py" line="120"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="46"/>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="61"/>
        <source>My computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="49"/>
        <source>The computers you have signed in to the central server from. If one is lost, ask your administrator to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="62"/>
        <source>Fetching the list from the central server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="100"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="102"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/devices_dialog.py" line="126"/>
        <source>The central server knows no computer of yours yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/entity_form.py" line="108"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/entity_form.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/entity_form.py" line="157"/>
        <source>Save or cancel what you are typing here first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseFamilyDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="56"/>
        <source>Erase the family from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="59"/>
        <source>“{name}” has never been sent to the server, so this computer holds the only copy. Erasing it removes everything about the family: members, map, plan, measures, visits and history. The vault&apos;s backups are replaced by a new one without the family. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="65"/>
        <source>Type the family&apos;s &amp;name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="66"/>
        <source>The family&apos;s name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="67"/>
        <source>&amp;Erase the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/erase_family_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyDetailsTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="116"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="212"/>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="251"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="227"/>
        <source>Close this family? It moves to the closed families and can be reopened later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="229"/>
        <source>Close family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="230"/>
        <source>Keep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="275"/>
        <source>Sent to the server: only the server&apos;s administrator can erase this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="277"/>
        <source>Never sent to the server: erasing it here removes the only copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="285"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="286"/>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="287"/>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="288"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="289"/>
        <source>Who follows this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="290"/>
        <source>Internal notes (coordinator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="292"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="293"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="294"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="295"/>
        <source>Close family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="296"/>
        <source>Reopen family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_details.py" line="297"/>
        <source>Erase from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyHeader</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="95"/>
        <source>Closed since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="97"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="100"/>
        <source>Active since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="102"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="105"/>
        <source>Reference: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="111"/>
        <source>Demo family – invented people to practise with. It stays on this computer and is never sent to the central store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyListModel</name>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="154"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>1 conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="156"/>
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>1 refused change</numerusform>
            <numerusform>%n refused changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="162"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="164"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="495"/>
        <source>No active families match “{search}”. Try “All”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="497"/>
        <source>No closed families match “{search}”. Try “All”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="499"/>
        <source>No families match “{search}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="502"/>
        <source>No families yet. Use “New family” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="504"/>
        <source>No active families. Closed families are under “Closed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="505"/>
        <source>No closed families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="576"/>
        <source>Search families and members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="577"/>
        <source>Search families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="578"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="579"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="579"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="579"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="581"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="582"/>
        <source>&amp;New family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyMapTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="293"/>
        <source>Family members stay on the map; remove them in the Members tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="304"/>
        <source>A goal, an actor or a member needs words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="361"/>
        <source>What does the link say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="378"/>
        <source>Drag from one node to another to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="412"/>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="526"/>
        <source>Change the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="415"/>
        <source>Link to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="440"/>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="511"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="515"/>
        <source>This change could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="521"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="521"/>
        <source>Link two nodes: drag from one to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="522"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="522"/>
        <source>Delete the selection and its links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="523"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="523"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="524"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="524"/>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="525"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="525"/>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="527"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="528"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_tab.py" line="537"/>
        <source>Family map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPlan</name>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="24"/>
        <source>Confidential — contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="28"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="41"/>
        <source>Family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="46"/>
        <source>The family&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="47"/>
        <source>Supervisor&apos;s version — with internal notes, visit summaries and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="54"/>
        <source>This is your plan. It shows what you are working towards, who does what and by when, and who is around you. We look at it together and change it when something changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="60"/>
        <source>The whole plan for review: the map with internal notes, every active goal with its steps, the latest measures, actors and consents, visit summaries and review comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="68"/>
        <source>Made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="72"/>
        <source>Coordinator: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="80"/>
        <source>Who is in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="81"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="86"/>
        <source>Our family map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="87"/>
        <source>Family map (internal nodes included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="92"/>
        <source>What we are working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="93"/>
        <source>Active goals and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="98"/>
        <source>How things are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="99"/>
        <source>Latest measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="104"/>
        <source>Who is around us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="105"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="110"/>
        <source>What you have agreed we may share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="111"/>
        <source>Consents (Retssikkerhedsloven §11a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="115"/>
        <source>Visits and summaries (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="119"/>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="123"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="127"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="132"/>
        <source>We have made this plan together and agree on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="135"/>
        <source>The family and the coordinator sign the family&apos;s version of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="141"/>
        <source>The family: date and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="145"/>
        <source>The coordinator: date and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="152"/>
        <source>Nothing written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="157"/>
        <source>It is for {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="158"/>
        <source>For: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="165"/>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="171"/>
        <source>the whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="176"/>
        <source>It is about {area}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="177"/>
        <source>Life area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="182"/>
        <source>We want to get there by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="185"/>
        <source>We want to get there by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="191"/>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="195"/>
        <source>Where we are now: {value} on a scale from 0 to 10 ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="201"/>
        <source>No progress rating yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="206"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="207"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="208"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="209"/>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="230"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="214"/>
        <source>No steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="218"/>
        <source>the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="224"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="225"/>
        <source>another actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="231"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="235"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="242"/>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="247"/>
        <source>high risk of depression or stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="250"/>
        <source>risk of depression or stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="251"/>
        <source>not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="256"/>
        <source>{band} ({score} out of 100 points, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="262"/>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="267"/>
        <source>in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="268"/>
        <source>in education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="269"/>
        <source>on unemployment benefit (dagpenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="272"/>
        <source>on cash benefit (kontanthjælp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="275"/>
        <source>on education benefit (uddannelseshjælp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="278"/>
        <source>on integration benefit (integrationsydelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="281"/>
        <source>on sickness benefit (sygedagpenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="284"/>
        <source>on flex-job waiting benefit (ledighedsydelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="287"/>
        <source>in a resource programme (ressourceforløb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="290"/>
        <source>in a job clarification programme (jobafklaringsforløb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="293"/>
        <source>in rehabilitation (revalidering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="296"/>
        <source>in a flex job (fleksjob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="299"/>
        <source>on disability pension (førtidspension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="302"/>
        <source>on student grant (SU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="303"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="308"/>
        <source>{text} (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="314"/>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="319"/>
        <source>not written down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="324"/>
        <source>How the child is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="325"/>
        <source>The child&apos;s thriving (parent&apos;s view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="330"/>
        <source>thrives better than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="331"/>
        <source>thrives as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="332"/>
        <source>thrives worse than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="337"/>
        <source>{thriving}, says {parent} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="343"/>
        <source>Leisure activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="347"/>
        <source>none at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="352"/>
        <source>Clubs, volunteers and networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="353"/>
        <source>Contact with civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="358"/>
        <source>association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="359"/>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="360"/>
        <source>network group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="370"/>
        <source>jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="371"/>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="372"/>
        <source>daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="373"/>
        <source>health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="374"/>
        <source>psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="375"/>
        <source>the municipality&apos;s social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="378"/>
        <source>club, association or volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="381"/>
        <source>family, friends and neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="391"/>
        <source>{role}, born {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="397"/>
        <source>Contact: {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="402"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="403"/>
        <source>work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="404"/>
        <source>economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="405"/>
        <source>school and daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="406"/>
        <source>social circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="407"/>
        <source>family circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="422"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="423"/>
        <source>Meeting at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="424"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="425"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="430"/>
        <source>Present: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="434"/>
        <source>Summary (internal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="438"/>
        <source>Agreed next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="442"/>
        <source>About the family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="446"/>
        <source>On the map (internal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="450"/>
        <source>{actor}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="456"/>
        <source>Reviewed on {date} by {reviewer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="462"/>
        <source>The plan has not been reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="466"/>
        <source>{author}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="472"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/plan_words.py" line="476"/>
        <source>No review comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyWorkspace</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="281"/>
        <source>The family&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/workspace.py" line="283"/>
        <source>Choose a family in the list, or create a new one with “New family”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWrites</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/form_writes.py" line="24"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/form_writes.py" line="30"/>
        <source>Read-only: this family has been handed over to another coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/form_writes.py" line="35"/>
        <source>Read-only: as a supervisor you can write review comments and mark the plan as reviewed, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FutureDates</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/future_dates.py" line="25"/>
        <source>{date} has not come yet. Answers are recorded on the day they are given: choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/future_dates.py" line="33"/>
        <source>{date} has not come yet. Is this a status that starts then? Press Save again to keep it, or change the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="235"/>
        <source>Choose a goal, or add one with “New goal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="243"/>
        <source>For {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="250"/>
        <source>Target date {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="252"/>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="296"/>
        <source>Tick when the step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="354"/>
        <source>Choose where they are now, from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="437"/>
        <source>Remove the step “{what}”? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="438"/>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="487"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="439"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="463"/>
        <source>Progress (0–10): where are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="464"/>
        <source>Date of the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="466"/>
        <source>Where are you now, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="467"/>
        <source>0 is the worst it has been, 10 is the goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="468"/>
        <source>What would one step up look like? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="470"/>
        <source>What would one step up look like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="471"/>
        <source>Add rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="472"/>
        <source>Ratings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="473"/>
        <source>Remove rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="474"/>
        <source>Steps: who does what by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="477"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="478"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="479"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="480"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="481"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="484"/>
        <source>Steps of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="485"/>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_detail.py" line="486"/>
        <source>Edit step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="99"/>
        <source>Write the goal in the family&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="118"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="118"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="119"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="120"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="121"/>
        <source>&amp;Life area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="122"/>
        <source>&amp;Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="123"/>
        <source>Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="124"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="125"/>
        <source>In the family&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="126"/>
        <source>Why this matters to them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="127"/>
        <source>No members yet – the goal is for the whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="128"/>
        <source>Tick no one for a goal of the whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="129"/>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/goal_form.py" line="138"/>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPlanTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="151"/>
        <source>Goals and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="325"/>
        <source>Remove the goal “{text}” with its steps and ratings, here and on the map? It stays in the history. A goal that is reached or dropped can keep its place with that status instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="329"/>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="362"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="330"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="353"/>
        <source>The chosen goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="354"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="355"/>
        <source>Family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="357"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="359"/>
        <source>The family&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="360"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_tab.py" line="361"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldFamilyNotice</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="128"/>
        <source>Save refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="129"/>
        <source>refused-changes.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="130"/>
        <source>JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="141"/>
        <source>Save the file outside the data folder: everything in it stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="145"/>
        <source>Cannot write {path}: {reason}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="157"/>
        <source>Saved to {path} (%n change(s), the refused ones included). Give the file to the family&apos;s new coordinator: they import it with “ftbt-desktop import”. It holds personal data: delete it once it is handed on.</source>
        <translation>
            <numerusform>Saved to {path} (%n change, the refused one included). Give the file to the family&apos;s new coordinator: they import it with “ftbt-desktop import”. It holds personal data: delete it once it is handed on.</numerusform>
            <numerusform>Saved to {path} (%n changes, the refused ones included). Give the file to the family&apos;s new coordinator: they import it with “ftbt-desktop import”. It holds personal data: delete it once it is handed on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="174"/>
        <source>Remove from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="176"/>
        <source>Remove “{name}” from this computer? The refused changes are deleted with it. Save them first if the new coordinator needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="183"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="185"/>
        <source>Keep it for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="207"/>
        <source>A sync is running. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="212"/>
        <source>Changes made here are still waiting to be sent. Sync first, then remove the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="241"/>
        <source>Save for the new coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="243"/>
        <source>Save the changes not sent for the new coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="245"/>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="246"/>
        <source>Remove the family from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="252"/>
        <source>Written here, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/held_family_notice.py" line="254"/>
        <source>The central server refused %n change(s) made here. They exist only on this computer, so the family stays until you let it go. Save them as a file for the family&apos;s new coordinator (or contact them), then remove the family.</source>
        <translation>
            <numerusform>The central server refused a change made here. It exists only on this computer, so the family stays until you let it go. Save it as a file for the family&apos;s new coordinator (or contact them), then remove the family.</numerusform>
            <numerusform>The central server refused %n changes made here. They exist only on this computer, so the family stays until you let it go. Save them as a file for the family&apos;s new coordinator (or contact them), then remove the family.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNames</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_names.py" line="92"/>
        <source>{name} (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_names.py" line="96"/>
        <source>The family too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_names.py" line="101"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="161"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="229"/>
        <source>No changes match “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="231"/>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="237"/>
        <source>Filter by name, field, value or who…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="238"/>
        <source>Filter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="240"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/history_tab.py" line="242"/>
        <source>History of changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyResults</name>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="25"/>
        <source>{area}: too few people to show a figure (fewer than 5), or none recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="35"/>
        <source>{families} families, period {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="42"/>
        <source>Wellbeing (WHO-5): no adult has two measures in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="48"/>
        <source>Wellbeing (WHO-5): of {n} adults with two measures, {share} moved from risk of depression or stress into not at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="55"/>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="58"/>
        <source>Work and education: of {n} parents, {first} were self-supporting at their first status and {latest} at their latest ({change} percentage points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="65"/>
        <source>By the evaluation&apos;s strict definition: {first} and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="70"/>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="74"/>
        <source>Children&apos;s thriving: {share} of {n} parents who rated it saw at least one child thriving better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="81"/>
        <source>Children&apos;s thriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="85"/>
        <source>Leisure: {latest} of {n} children had a leisure activity at the latest (at the start: {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="92"/>
        <source>Leisure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="96"/>
        <source>Civil society: {latest} of {n} families had a connection at the latest (at the start: {start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="103"/>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="112"/>
        <source>Cross-department casework: no actors were recorded in the plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="116"/>
        <source>Cross-department casework: {two} of {n} families had at least two actors in their plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="122"/>
        <source>{done} of {steps} steps owned by an actor were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="126"/>
        <source>Cross-department casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="129"/>
        <source>No goals were recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="131"/>
        <source>Of {n} goals in the families&apos; plans, {reached} were reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_key_results.py" line="135"/>
        <source>Too few goals were reached to show the number (fewer than 5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitchenGoalsPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="107"/>
        <source>No goals yet. Add one on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="135"/>
        <source>Our goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitchenTableWindow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="343"/>
        <source>The passphrase could not be checked. Family view stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="346"/>
        <source>That is not the passphrase. Family view stays until it is typed right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="386"/>
        <source>Family view – {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="388"/>
        <source>Family view: only this family&apos;s map and goals are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="389"/>
        <source>Leave family view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="390"/>
        <source>Asks for the coordinator&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="147"/>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="163"/>
        <source>Leave family view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="150"/>
        <source>Type your passphrase to leave family view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="155"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="167"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="183"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/kitchen_window.py" line="192"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeisureForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="87"/>
        <source>Add a child to the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="90"/>
        <source>Say what the activity is, e.g. football or scouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="108"/>
        <source>Leisure activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="110"/>
        <source>Edit leisure activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="112"/>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="113"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="114"/>
        <source>W&amp;here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="115"/>
        <source>e.g. football</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="116"/>
        <source>e.g. the local football club (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="117"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="118"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeisureForms</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/leisure_forms.py" line="26"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalEraseFlow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="44"/>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="61"/>
        <source>A sync is running. Erase the family when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="63"/>
        <source>Erasing the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="74"/>
        <source>“{name}” was erased from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="83"/>
        <source>The family has been sent to the server, so it can only be erased there: ask the server&apos;s administrator to erase it. It is then removed from this computer at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="89"/>
        <source>The family is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="91"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="96"/>
        <source>Erasing the family failed. Try again; if it fails again, ask IT support for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/local_erase_flow.py" line="104"/>
        <source>Erase the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="171"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="175"/>
        <source>Lock FTBT Desktop now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="176"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="177"/>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="178"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="179"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="180"/>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="437"/>
        <source>About FTBT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="181"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="201"/>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="139"/>
        <source>Your recovery key was never confirmed as stored: FTBT Desktop locked or closed while it was on the screen. Make a new one now and store it, or you may have no way in if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="183"/>
        <source>The new passphrase is saved. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="222"/>
        <source>The vault&apos;s own key file was put back from the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="484"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="230"/>
        <source>The backup from {when} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/vault_flow.py" line="244"/>
        <source>No whole backup was found, so the vault cannot be restored here. Do not delete the data folder; contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="355"/>
        <source>FTBT Desktop locked itself because it was not used for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="406"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="417"/>
        <source>The new recovery key replaces the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="439"/>
        <source>FTBT Desktop {version}

For family coordinators in Familiens Trivsel – Barnets Trivsel: the whole family&apos;s plan, in one place.

The information is kept encrypted on this computer and opens only with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="494"/>
        <source>That backup is damaged and was not used. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="497"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapAsList</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="85"/>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="89"/>
        <source>{kind}: “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="95"/>
        <source>concerns {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="111"/>
        <source>{kind} “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="126"/>
        <source>{a} and {b}: {kind}, both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="130"/>
        <source>{a} {kind} {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="135"/>
        <source> (“{words}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="136"/>
        <source>Link: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="291"/>
        <source>Removed: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="309"/>
        <source>Added: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="315"/>
        <source>The map changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="337"/>
        <source>Changed: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="432"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="434"/>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="438"/>
        <source>Selected: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="465"/>
        <source>{nodes} nodes and {links} links. {selection}. Press F6 for the map as a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="473"/>
        <source>The map as a list ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="513"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="515"/>
        <source>Show the map as a list of its nodes and links in words (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="519"/>
        <source>The map as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_accessible.py" line="520"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="32"/>
        <source>Add challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="33"/>
        <source>Add strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="34"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="35"/>
        <source>Add actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="36"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="37"/>
        <source>Add family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="115"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="134"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="176"/>
        <source>Change words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="186"/>
        <source>Set kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="198"/>
        <source>Set life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="211"/>
        <source>Set family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="226"/>
        <source>Mark internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="228"/>
        <source>Show to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="256"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="278"/>
        <source>Change link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/commands.py" line="293"/>
        <source>Change link words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="207"/>
        <source>{family} – family map, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="211"/>
        <source>Version for the family (without internal notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="215"/>
        <source>Coordinator&apos;s version: internal notes included and marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="218"/>
        <source>Confidential: holds personal data. Made with FTBT Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/map_export.py" line="221"/>
        <source>Family members: adults large, children small, dashed when not in the household; the shapes do not show gender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="47"/>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="49"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="50"/>
        <source>Picture (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="52"/>
        <source>PDF document, sharp when printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="62"/>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="64"/>
        <source>The family: without internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="69"/>
        <source>The coordinator: with internal notes, marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="81"/>
        <source>The file will hold personal data about the family. Save it only in the encrypted folder your municipality prescribes, share it only as your municipality allows, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="109"/>
        <source>family-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="111"/>
        <source>family-map-internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="118"/>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="120"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/export_dialog.py" line="122"/>
        <source>Save the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExtras</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="101"/>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="102"/>
        <source>Keep the map as it looks today, with a name and the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="105"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="106"/>
        <source>Show a snapshot beside the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="108"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="108"/>
        <source>Save the map as a PNG picture or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="110"/>
        <source>Family view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="112"/>
        <source>Full screen with only this family&apos;s map and goals, to use with the family. Leaving it asks for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="157"/>
        <source>The snapshot could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="161"/>
        <source>Snapshot “{name}” saved. “Compare” shows it beside the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="220"/>
        <source>The map could not be saved there. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="231"/>
        <source>The export could not be noted in the vault&apos;s log, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_extras.py" line="236"/>
        <source>The map was saved as {file}. It holds personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapHistory</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_history.py" line="66"/>
        <source>Placed on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_history.py" line="70"/>
        <source>Moved on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="85"/>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="86"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="87"/>
        <source>Dashed: not in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="88"/>
        <source>The shapes do not show gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/legend.py" line="89"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/map_page.py" line="36"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="19"/>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="20"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="21"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="22"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="23"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="30"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="31"/>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="32"/>
        <source>New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="33"/>
        <source>New strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="34"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="41"/>
        <source>influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="42"/>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="43"/>
        <source>strains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="44"/>
        <source>strong relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="45"/>
        <source>weak relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="51"/>
        <source>No life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="53"/>
        <source>work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="54"/>
        <source>economy and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="55"/>
        <source>physical and mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="56"/>
        <source>school, daycare and learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="59"/>
        <source>leisure and friendships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="60"/>
        <source>care and parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="61"/>
        <source>family relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="62"/>
        <source>network and civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="70"/>
        <source>Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="71"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="72"/>
        <source>Daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="73"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="74"/>
        <source>Psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="75"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="76"/>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="77"/>
        <source>Private network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="78"/>
        <source>Other actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="84"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="90"/>
        <source>Add a challenge here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="91"/>
        <source>Add a strength here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="92"/>
        <source>Add a goal here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="93"/>
        <source>Add an actor here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="94"/>
        <source>Add a note here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="101"/>
        <source>Add a challenge: what is hard for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="104"/>
        <source>Add a strength: what works, what the family can lean on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="107"/>
        <source>Add a goal in the family&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="110"/>
        <source>Add an actor: jobcenter, school, club, volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="113"/>
        <source>Add a free note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/map.py" line="119"/>
        <source>Internal (coordinator only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="26"/>
        <source>Over the last two weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="32"/>
        <source>I have felt cheerful and in good spirits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="33"/>
        <source>I have felt calm and relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="34"/>
        <source>I have felt active and vigorous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="35"/>
        <source>I woke up feeling fresh and rested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="36"/>
        <source>My daily life has been filled with things that interest me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="45"/>
        <source>All of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="46"/>
        <source>Most of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="47"/>
        <source>More than half of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="48"/>
        <source>Less than half of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="49"/>
        <source>Some of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="50"/>
        <source>At no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="60"/>
        <source>WHO-5 Well-Being Index (World Health Organization), free to use. Danish version: Psykiatrisk Center Nordsjælland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="69"/>
        <source>high risk of depression or stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="72"/>
        <source>risk of depression or stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="73"/>
        <source>not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="87"/>
        <source>{score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="93"/>
        <source>First measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="96"/>
        <source>{change} points (small change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="100"/>
        <source>{change} points: meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="103"/>
        <source>{change} points: meaningful decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="113"/>
        <source>Item {items} is not answered. Answer it to save; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="116"/>
        <source>Items {items} are not answered. Answer them to save; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="126"/>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="127"/>
        <source>In education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="128"/>
        <source>Unemployment benefit (dagpenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="131"/>
        <source>Cash benefit (kontanthjælp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="134"/>
        <source>Education benefit (uddannelseshjælp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="137"/>
        <source>Integration benefit (integrationsydelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="140"/>
        <source>Sickness benefit (sygedagpenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="143"/>
        <source>Flex-job waiting benefit (ledighedsydelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="146"/>
        <source>Resource programme (ressourceforløb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="149"/>
        <source>Job clarification programme (jobafklaringsforløb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="152"/>
        <source>Rehabilitation (revalidering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="155"/>
        <source>Flex job (fleksjob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="158"/>
        <source>Disability pension (førtidspension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="161"/>
        <source>Student grant (SU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="162"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="172"/>
        <source>Self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="174"/>
        <source>Not self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="181"/>
        <source>SU counts as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="183"/>
        <source>SU does not count as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="186"/>
        <source>fleksjob counts as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="188"/>
        <source>fleksjob does not count as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="192"/>
        <source>Self-supporting means receiving no public benefit. Definition in use: {su}; {fleksjob} (change it in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="204"/>
        <source>Thrives better than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="205"/>
        <source>Thrives the same as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="206"/>
        <source>Thrives worse than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="216"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="217"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="218"/>
        <source>Network group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/measures.py" line="227"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="163"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="348"/>
        <source>{child} is a child, and this is filled in for adults. It is open for {adult}: choose another adult in the form if someone else answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="443"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="444"/>
        <source>WHO-5…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="445"/>
        <source>Wellbeing (WHO-5) for an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="446"/>
        <source>Work and education status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="447"/>
        <source>Child&apos;s thriving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="448"/>
        <source>Leisure activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="449"/>
        <source>Civil-society connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="450"/>
        <source>Export WHO-5 (FHIR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="453"/>
        <source>The chosen adult&apos;s WHO-5 measures as a file for the municipality&apos;s health or case system (KL&apos;s WHO-5 questionnaire, FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="457"/>
        <source>The family&apos;s civil-society connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="459"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/measures_tab.py" line="461"/>
        <source>No civil-society connections yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresTimeline</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="83"/>
        <source>(removed member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="178"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="205"/>
        <source>New family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="207"/>
        <source>Edit family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="208"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="209"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="210"/>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="211"/>
        <source>First name, or the name the family uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="212"/>
        <source>e.g. 1985 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="213"/>
        <source>Lives in the &amp;household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="216"/>
        <source>Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/member_form.py" line="217"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="89"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="194"/>
        <source>Remove {name} from the family? The history keeps a record of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="197"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="198"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="212"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="253"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="257"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="258"/>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="259"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/members_tab.py" line="260"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="168"/>
        <source>Network and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="231"/>
        <source>{member} – {actor}: valid until {date} ({left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="252"/>
        <source>No valid §11a consent covers this actor: share no information yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="261"/>
        <source>Consent until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="293"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="295"/>
        <source>Ask who gave the consent, and tick them in the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="357"/>
        <source>Save or cancel the consent you are typing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="398"/>
        <source>Record that the consent about {member} for {actor} was withdrawn today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="403"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="404"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="435"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="436"/>
        <source>Consents that expire within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="437"/>
        <source>Actors around the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="440"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="441"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="442"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="443"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="444"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="448"/>
        <source>No actors yet. Add the jobcenter, the school, a club…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="450"/>
        <source>Add actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="451"/>
        <source>Add consent for this actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="452"/>
        <source>Consents (§11a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="455"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="456"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="457"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="458"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="459"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="460"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="461"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="464"/>
        <source>No consents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="465"/>
        <source>Add consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="466"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="467"/>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/network/network_tab.py" line="469"/>
        <source>A new consent for the same person, actors, information and purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="26"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="27"/>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="28"/>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="29"/>
        <source>School and daycare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="30"/>
        <source>Social circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="31"/>
        <source>Family circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="44"/>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="46"/>
        <source>Orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="62"/>
        <source>No valid consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="68"/>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/network.py" line="71"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in 1 day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="77"/>
        <source>Withdrawn {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="81"/>
        <source>Expired {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="85"/>
        <source>Valid from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="89"/>
        <source>Expires soon: {date} ({left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="92"/>
        <source>Valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/network.py" line="98"/>
        <source>Name which kinds of information the consent covers. A consent to share “everything” (a blanket consent) is not valid under §11a of Retssikkerhedsloven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFamilyForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="292"/>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="293"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="294"/>
        <source>&amp;Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="295"/>
        <source>What the family is called, e.g. Hansen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="296"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="297"/>
        <source>Create family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/family_list.py" line="298"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_widgets.py" line="95"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_widgets.py" line="99"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/passphrase_widgets.py" line="101"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="107"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="109"/>
        <source>You opened the vault with your recovery key. Choose a new passphrase now; the old one will no longer work. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="112"/>
        <source>Save the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="116"/>
        <source>Saving the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="49"/>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="66"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="69"/>
        <source>Keep the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="74"/>
        <source>This is your new recovery key. It is shown only this once. It replaces the old one when you have stored it and press Done; until then the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="101"/>
        <source>A new recovery key replaces the one you have: the old one will no longer open this vault. Do this if your recovery key is lost, if someone else may have seen it, or if you never stored it. Your passphrase and your families stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="109"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="111"/>
        <source>Your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="113"/>
        <source>The old recovery key may be known to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="121"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="156"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="180"/>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="197"/>
        <source>The passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="240"/>
        <source>Re-encrypting was stopped. Nothing was changed: the old recovery key still works. Press Done to try again, or keep the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_dialog.py" line="249"/>
        <source>The new recovery key could not be saved, so the old one still works. Try again, or close FTBT Desktop and make a new key later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="110"/>
        <source>Choose the goal the step belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="152"/>
        <source>✓ In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="155"/>
        <source>Make plan step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="157"/>
        <source>Make “{what}” a plan step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="168"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="169"/>
        <source>&amp;Goal for new plan steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="171"/>
        <source>The family has no active goals yet. Add one under “Goals and plan” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/next_steps.py" line="173"/>
        <source>No next steps were agreed at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="320"/>
        <source>Read-only: select something on the map to see it here. Zoom and fit work; nothing can be added or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="327"/>
        <source>Select something on the map to change it here. Double-click empty space to add, drag from the round handle of a selected node to link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="334"/>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="349"/>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="335"/>
        <source>Life &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="336"/>
        <source>Concerns &amp;these members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="338"/>
        <source>Lin&amp;k to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="339"/>
        <source>Choose what to link to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="340"/>
        <source>Kind of ac&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="345"/>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="346"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="347"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/node_editor.py" line="348"/>
        <source>&amp;Both ways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="26"/>
        <source>a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="34"/>
        <source>“{name}” is no longer among your team&apos;s families, and the central server refused %n change(s) made here.</source>
        <translation>
            <numerusform>“{name}” is no longer among your team&apos;s families, and the central server refused a change made here.</numerusform>
            <numerusform>“{name}” is no longer among your team&apos;s families, and the central server refused %n changes made here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="41"/>
        <source>“{name}” was assigned to another coordinator, and the central server refused %n change(s) made here.</source>
        <translation>
            <numerusform>“{name}” was assigned to another coordinator, and the central server refused a change made here.</numerusform>
            <numerusform>“{name}” was assigned to another coordinator, and the central server refused %n changes made here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="49"/>
        <source>The central server refused %n change(s) made here in “{name}”.</source>
        <translation>
            <numerusform>The central server refused a change made here in “{name}”.</numerusform>
            <numerusform>The central server refused %n changes made here in “{name}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="55"/>
        <source>“{name}” was erased from the central server and has been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="62"/>
        <source>%n change(s) made here that were not sent were erased with it.</source>
        <translation>
            <numerusform>A change made here that was not sent was erased with it.</numerusform>
            <numerusform>%n changes made here that were not sent were erased with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="69"/>
        <source>%n change(s) in “{name}” need your eye: they were made in two places.</source>
        <translation>
            <numerusform>A change in “{name}” needs your eye: it was made in two places.</numerusform>
            <numerusform>%n changes in “{name}” need your eye: they were made in two places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="77"/>
        <source>New in the review of “{name}”: %n comment(s) or answer(s).</source>
        <translation>
            <numerusform>New in the review of “{name}”: a comment or an answer.</numerusform>
            <numerusform>New in the review of “{name}”: %n comments or answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="82"/>
        <source>%n new review comment(s) on the plan of “{name}”.</source>
        <translation>
            <numerusform>New review comment on the plan of “{name}”.</numerusform>
            <numerusform>%n new review comments on the plan of “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="86"/>
        <source>%n change(s) from the central server were not taken: their values break the rules.</source>
        <translation>
            <numerusform>A change from the central server was not taken: its value breaks the rules.</numerusform>
            <numerusform>%n changes from the central server were not taken: their values break the rules.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="90"/>
        <source>Something happened during sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="95"/>
        <source>“{name}” is no longer among your team&apos;s families and has been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="102"/>
        <source>The %n review comment(s) and mark(s) waiting here were sent to the central server first.</source>
        <translation>
            <numerusform>The review comment or mark waiting here was sent to the central server first.</numerusform>
            <numerusform>The %n review comments and marks waiting here were sent to the central server first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="108"/>
        <source>“{name}” was assigned to another coordinator and has been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/notice.py" line="114"/>
        <source>The %n change(s) waiting here were sent to the central server first.</source>
        <translation>
            <numerusform>The change waiting here was sent to the central server first.</numerusform>
            <numerusform>The %n changes waiting here were sent to the central server first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="126"/>
        <source>Nothing to do. What was written in the review stays with the family on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="131"/>
        <source>Nothing to do: the central server keeps the family for its new coordinator. Talk to your supervisor if the family should still be yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="137"/>
        <source>The refused changes exist only on this computer, so the family stays here for now. Open the family, save them as a file for the family&apos;s coordinator (or contact them), then choose “Remove from this computer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="145"/>
        <source>As a supervisor you write only review comments and the “reviewed” mark. The refused changes stay in History on this computer but are not shared with anyone; ask the family&apos;s coordinator to make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="151"/>
        <source>They stay in History but are not shared with anyone. Open the family to see what was refused; talk to your supervisor if you should be allowed to make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="158"/>
        <source>Nothing to do. The municipality erased the family&apos;s data on an order; ask the data-protection officer if you need to know why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="163"/>
        <source>Nothing to do. Talk to your supervisor if this is unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="167"/>
        <source>Open the family and keep one of the two values; the other stays in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="172"/>
        <source>Open the family&apos;s plan and read it on the Review tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="176"/>
        <source>Nothing made here is affected. Tell your IT support: the central server may be an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="201"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="202"/>
        <source>Messages ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="207"/>
        <source>Messages: none unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="209"/>
        <source>Messages: 1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="210"/>
        <source>Messages: {count} unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="183"/>
        <source>Show family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="186"/>
        <source>Show the family “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="192"/>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="194"/>
        <source>Mark as read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="207"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="210"/>
        <source>What the central server told this computer during sync. A message stays here, also after FTBT Desktop locks, until you mark it as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="214"/>
        <source>No unread messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="215"/>
        <source>Unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="216"/>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="217"/>
        <source>Mark all messages as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="218"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/notices_dialog.py" line="219"/>
        <source>Close messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReport</name>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="214"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="215"/>
        <source>no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="216"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="222"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/outcome_report.py" line="225"/>
        <source>that is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="28"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="126"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="29"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="127"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="31"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="128"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="32"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="36"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="40"/>
        <source>Measures and ratings dated within the period are used; see each definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_csv.py" line="48"/>
        <source>Small counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="198"/>
        <source>Outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="202"/>
        <source>Counts from 1 to 4 are shown as “&lt;5”, and so is a share or an average that rests on fewer than 5, so that no one can be recognised. A count of 0 is shown as 0: it tells nothing about anyone. “*” marks a figure hidden because a count under 5 could otherwise be worked out from it and the figures around it (“17 of 18” would tell that 1 is not). n is how many people (or families, or goals) a figure rests on. The report holds no names and no ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="227"/>
        <source>Who is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="228"/>
        <source>Families are counted whatever their status (active or closed); with a period, those whose effort (from its start date to its end date, either of which may be open) overlaps the period. Adults are the family members with the role parent, partner or other adult; children those with the role child. Members removed from a family are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="239"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="246"/>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="249"/>
        <source>Family members with the role parent, partner or other adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="255"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="258"/>
        <source>Family members with the role child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="267"/>
        <source>Adults (parents, partners and other adults) with at least two WHO-5 measures dated within the period. First = the earliest of those measures, latest = the most recent. Bands (Danish cut-offs; score 0–100 = raw sum × 4): {hr} {high_risk}, {r} {risk}, {ok} {not_at_risk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="285"/>
        <source>Adults with at least two WHO-5 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="296"/>
        <source>WHO-5 first: {first}; latest: {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="301"/>
        <source>Adults whose first measure was in the band named first and whose latest measure was in the band named second. {measured}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="313"/>
        <source>Moved from risk or high risk into not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="318"/>
        <source>Adults whose first measure was in the band risk or high risk and whose latest was not at risk, as a share of all adults with at least two measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="329"/>
        <source>… of those who started at risk or high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="334"/>
        <source>The same adults, as a share of those whose first measure was in the band risk or high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="342"/>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="348"/>
        <source>Parents are the family members with the role parent or partner. Counted: parents with at least one work and education status dated within the period; first = the earliest of those statuses, latest = the most recent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="359"/>
        <source>Self-support (parents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="364"/>
        <source>Self-supporting at the first status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="371"/>
        <source>Self-supporting at the latest status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="378"/>
        <source>Change in self-support (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="383"/>
        <source>The latest share minus the first, in percentage points, of the same parents. {definition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="422"/>
        <source>{counted} The strict definition, as the programme&apos;s evaluation counted: only employed and in education count as self-supporting; SU and fleksjob do not. Shown beside the chosen definition so the two can be compared; “*” when the difference would point out fewer than 5 parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="430"/>
        <source>Self-supporting at the first status (strict definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="433"/>
        <source>Self-supporting at the latest status (strict definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="436"/>
        <source>Change in self-support, strict definition (percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="449"/>
        <source>Of the parents (role parent or partner) who gave at least one rating of a child&apos;s thriving dated within the period: those with at least one rating “thrives better than before”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="458"/>
        <source>Children&apos;s thriving (parents&apos; view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="463"/>
        <source>Parents who rated at least one child as thriving better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="475"/>
        <source>“At the start” is the family&apos;s start date, or the period&apos;s start if later (today when neither is known); “at the latest” is the earliest of the family&apos;s end date, the period&apos;s end and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="484"/>
        <source>All children (role child) of the families in the report; a child counts when a leisure activity of theirs was going on that day. {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="492"/>
        <source>Leisure activities (children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="497"/>
        <source>Children in a leisure activity at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="506"/>
        <source>Children in a leisure activity at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="518"/>
        <source>Connections to associations, volunteers and network groups. A family counts when one of its connections was going on that day. {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="526"/>
        <source>Civil-society connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="531"/>
        <source>Families with a civil-society connection at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="540"/>
        <source>Families with a civil-society connection at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="549"/>
        <source>Civil-society connections recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="552"/>
        <source>Connections of the families in the report that were going on at some time in the period (from their start to their end date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="558"/>
        <source>Every connection recorded for the families in the report, whenever it began or ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="571"/>
        <source>The goals of the families in the report that were worked on in the period: recorded in the app by its last day and not already reached or dropped before its first day (unless reopened within it). Each is counted by its status at the end of the period; a status counts from the day it was recorded in the app. So “reached” are the goals reached within the period, “active” those still being worked on at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="581"/>
        <source>All goals of the families in the report by their current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="584"/>
        <source>For each goal with at least two progress ratings (0–10) dated within the period: the latest rating minus the first. The average over those goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="593"/>
        <source>Goals: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="605"/>
        <source>Average change in progress rating (0–10 scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="617"/>
        <source>No goals were recorded in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="623"/>
        <source>Goals and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="633"/>
        <source>Actors are the jobcenter, school, daycare, health services, social services, associations and others recorded around a family; a family with at least two has a plan across departments. An actor&apos;s steps are the plan&apos;s steps an actor owns, counted by whether they are marked done now. A family counts as reviewed when a supervisor marked its plan reviewed on a day within the period. Joint meetings are not recorded as such and are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="649"/>
        <source>No actors, actor steps or plan reviews were recorded for these families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="659"/>
        <source>Cross-department casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="664"/>
        <source>Families with at least two actors in their plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="673"/>
        <source>Actors recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="680"/>
        <source>Actors&apos; plan steps marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_figures.py" line="687"/>
        <source>Families whose plan a supervisor reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="161"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="505"/>
        <source>Latest: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="196"/>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="496"/>
        <source>First: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="216"/>
        <source>Adults by band at the first and the latest WHO-5 measure (n = {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="408"/>
        <source>Familiens Trivsel – Barnets Trivsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="413"/>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="419"/>
        <source>Families: {selection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="425"/>
        <source>Made on {date} with FTBT Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="438"/>
        <source>Key results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="463"/>
        <source>Definitions: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="514"/>
        <source>WHO-5: adults by band at the first measure (groups) and the latest (bars), n = {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="534"/>
        <source>Parents self-supporting at the first and the latest status, n = {n}; change in percentage points: {pp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="541"/>
        <source>First status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="545"/>
        <source>Latest status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_pdf.py" line="567"/>
        <source>Goals by status, n = {n}; average change in progress rating: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="49"/>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="53"/>
        <source>from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="57"/>
        <source>up to and including {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="62"/>
        <source>all recorded time: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="65"/>
        <source>all recorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="73"/>
        <source>high risk of depression or stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="76"/>
        <source>risk of depression or stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="77"/>
        <source>not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="84"/>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="85"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="86"/>
        <source>Not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="95"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="96"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="97"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="103"/>
        <source>employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="104"/>
        <source>in education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="105"/>
        <source>unemployment benefit (dagpenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="108"/>
        <source>cash benefit (kontanthjælp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="111"/>
        <source>education benefit (uddannelseshjælp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="114"/>
        <source>integration benefit (integrationsydelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="117"/>
        <source>sickness benefit (sygedagpenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="120"/>
        <source>flex-job waiting benefit (ledighedsydelse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="123"/>
        <source>resource programme (ressourceforløb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="126"/>
        <source>job clarification programme (jobafklaringsforløb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="129"/>
        <source>rehabilitation (revalidering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="132"/>
        <source>flex job (fleksjob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="135"/>
        <source>disability pension (førtidspension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="138"/>
        <source>student grant (SU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="139"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="150"/>
        <source>SU counts as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="152"/>
        <source>SU does not count as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="155"/>
        <source>fleksjob counts as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="157"/>
        <source>fleksjob does not count as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="161"/>
        <source>Self-supporting means receiving no public benefit. Counted as self-supporting: {statuses}. Every other status counts as not self-supporting. Setting in use: {su}; {fleksjob}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="173"/>
        <source>A chosen set of families; of those, {count} whose effort overlaps the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="178"/>
        <source>A chosen set of {count} families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="182"/>
        <source>All families recorded in FTBT Desktop whose effort overlaps the period: {count} (demo families are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="187"/>
        <source>All families recorded in FTBT Desktop: {count} (demo families are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="194"/>
        <source>Confidential — contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_words.py" line="198"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="128"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="131"/>
        <source>Two periods compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="132"/>
        <source>Each period is counted as a report of its own: the families active in it, and the measures and ratings dated within it. A family active in both is in both. The change is in percentage points for a share and in numbers for a count; it is hidden when either period&apos;s figure is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="171"/>
        <source>No team known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="209"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="212"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/export/report_breakdown.py" line="213"/>
        <source>The team is the one the central server has the family&apos;s coordinator in, as of the last sync; a family whose coordinator is in several teams counts once, in a column of its own (“A + B”). The teams add up to the total, so more is hidden (“*”) where a count under 5 could be worked out by subtracting the other teams from the total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReportAction</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="425"/>
        <source>Outcome report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="428"/>
        <source>The programme&apos;s figures over all or chosen families, as PDF and CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="459"/>
        <source>The outcome report was saved. It holds personal data: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeReportDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="88"/>
        <source>Outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="92"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="93"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="95"/>
        <source>To and including</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="106"/>
        <source>A period counts the families whose effort overlaps it, the measures dated in it and the goals worked on in it. Without a limit, everything recorded counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="120"/>
        <source>Compare with a second period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="128"/>
        <source>Second period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="129"/>
        <source>to and including</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="143"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="146"/>
        <source>Only the families ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="156"/>
        <source>Also per team (as the central server said at the last sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="163"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="164"/>
        <source>PDF with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="168"/>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="173"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="169"/>
        <source>CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="191"/>
        <source>The report holds no names and hides counts under 5, but it is still personal data about the families. Save it only in the encrypted folder your municipality prescribes, share it only as your municipality allows, and delete it when it is no longer needed. The export is noted in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="211"/>
        <source>Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="232"/>
        <source>All families ({count}; demo families are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="237"/>
        <source>{name} (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="264"/>
        <source>outcome-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="271"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="271"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="275"/>
        <source>Save the outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="295"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="299"/>
        <source>Choose a PDF, a CSV or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="301"/>
        <source>Choose where to save each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="303"/>
        <source>The PDF and the CSV need two different files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="308"/>
        <source>Save the report outside FTBT Desktop&apos;s data folder: everything in it stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="314"/>
        <source>Tick at least one family, or choose all families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="319"/>
        <source>The second period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="357"/>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="389"/>
        <source>The report was saved: {files}. It holds personal data: keep it in the encrypted folder and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="400"/>
        <source>The report could not be saved as {file}. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="403"/>
        <source>A chosen family was removed in the meantime. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="405"/>
        <source>FTBT Desktop was locked; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/outcome_report_dialog.py" line="408"/>
        <source>The report could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPicker</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="164"/>
        <source>Write the actor&apos;s name, e.g. “Jobcentret”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="201"/>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="202"/>
        <source>New actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="204"/>
        <source>Add an actor such as the jobcenter or the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="208"/>
        <source>The family has no actors yet. Add one, such as the jobcenter or the school, with “New actor…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="212"/>
        <source>Name, e.g. Jobcentret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="213"/>
        <source>Actor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="214"/>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="217"/>
        <source>Add actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/owner_picker.py" line="218"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTimeline</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="169"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="171"/>
        <source>Timeline for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="223"/>
        <source>No work and education status recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="226"/>
        <source>Now: {status} – {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="265"/>
        <source>Choose a person to see their measures over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="266"/>
        <source>Wellbeing (WHO-5) over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="267"/>
        <source>No WHO-5 measures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="268"/>
        <source>WHO-5 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="270"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="272"/>
        <source>No WHO-5 measures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="273"/>
        <source>Work and education status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="275"/>
        <source>Self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="277"/>
        <source>No status recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="278"/>
        <source>Thriving (the parents&apos; view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>Compared with before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="280"/>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="282"/>
        <source>No thriving ratings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="283"/>
        <source>Leisure activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="285"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/timeline.py" line="287"/>
        <source>No leisure activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="59"/>
        <source>Export family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="62"/>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="64"/>
        <source>The family: plain language, large type, without internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="69"/>
        <source>The supervisor: everything, with internal notes, visit summaries and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="85"/>
        <source>The PDF holds personal data about the family. Save it in the encrypted folder your municipality prescribes, share it only as your municipality allows, and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="111"/>
        <source>family-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="113"/>
        <source>family-plan-supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="120"/>
        <source>Save the family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="120"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExporter</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="173"/>
        <source>The family could not be read. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="179"/>
        <source>Writing the family plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="182"/>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="266"/>
        <source>Export family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="230"/>
        <source>The family plan was not kept: FTBT Desktop locked before the export could be noted in the audit log. Export it again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="235"/>
        <source>The family plan was not kept: the export could not be noted in the audit log. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="246"/>
        <source>FTBT Desktop locked while the family plan was being written, so nothing was saved. Export it again after unlocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="253"/>
        <source>The family plan could not be written there. Choose another folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/export_dialog.py" line="259"/>
        <source>The family plan could not be made. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanOverview</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="160"/>
        <source>Nothing to do in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="168"/>
        <source>Goal: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="176"/>
        <source>Double-click to open the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="178"/>
        <source>No open steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="208"/>
        <source>Active goals: {goals} · Open steps: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="230"/>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="231"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="232"/>
        <source>Who does it (actor, coordinator, member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="235"/>
        <source>Goal and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="236"/>
        <source>Who / life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="237"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="238"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_overview.py" line="241"/>
        <source>The family plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="17"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="18"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="19"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="28"/>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="34"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="33"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="35"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="44"/>
        <source>The whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="48"/>
        <source>Someone no longer in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="52"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="56"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="60"/>
        <source>No valid consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/plan_words.py" line="65"/>
        <source>{name} – no valid consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ftbt_desktop/words/qt.py" line="17"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/qt.py" line="18"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="99"/>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="125"/>
        <source>No ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="123"/>
        <source>Progress ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="130"/>
        <source>One rating: {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/rating_chart.py" line="138"/>
        <source>{count} ratings, from {first} on {first_date} to {last} on {last_date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="231"/>
        <source>Remove this entry? The history keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="232"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="233"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="264"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/record_table.py" line="265"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="126"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="129"/>
        <source>If you ever forget your passphrase, this recovery key is the only way to open the vault. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/create_pages.py" line="135"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_view.py" line="30"/>
        <source>Write it down on paper and keep it somewhere safe, away from this computer (for example locked in a drawer at the office), or store it in your municipality&apos;s password manager. Do not keep it in a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/recovery_key_view.py" line="37"/>
        <source>I have stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="96"/>
        <source>Unlock with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="99"/>
        <source>Type the recovery key you were shown when the vault was created. Upper or lower case and the dashes do not matter. Afterwards you choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="107"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="110"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="111"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="131"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="145"/>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedChanges</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="132"/>
        <source>refused by the server: the family has been handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="135"/>
        <source>refused by the server: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="143"/>
        <source>“{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="155"/>
        <source>{what} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="160"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="163"/>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="168"/>
        <source>{subject} – {written} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="181"/>
        <source>Not sent: removed ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="188"/>
        <source>rating {value} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="194"/>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="228"/>
        <source>Not sent: {what} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="199"/>
        <source>Not sent: {what} moved on the map ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="218"/>
        <source>{field} {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedLabel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/refused_changes.py" line="256"/>
        <source>Written here, not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyChoice</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="34"/>
        <source>Re-encrypt all data with a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="37"/>
        <source>Someone with an old copy of the key file and the old secret could otherwise read what you write from now on. Re-encrypting takes a little while, replaces your backups with a new one, and makes a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyProgressDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="68"/>
        <source>Re-encrypting all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="74"/>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="79"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="111"/>
        <source>Stopping… nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="119"/>
        <source>Encrypting all data with the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="120"/>
        <source>Checking the new copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="121"/>
        <source>Putting the new key in force…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/rekey_widgets.py" line="122"/>
        <source>Making a new backup under the new key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="43"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="98"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="47"/>
        <source>FTBT Desktop backs up the vault when you lock it and once a day, and keeps the last seven backups. Choose the backup to go back to. Changes made after it will no longer be in the vault; the current files are kept aside in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="55"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="56"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="61"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="100"/>
        <source>Go back to the backup from {when}? Changes made after it will no longer be in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/backup_dialog.py" line="107"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="130"/>
        <source>The family plan was saved ({pages} pages): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="139"/>
        <source>Read-only: supervisor review. You can read everything, export the plan, and write comments or mark the plan as reviewed on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="143"/>
        <source>Export family plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_bar.py" line="145"/>
        <source>A PDF of the plan for the family or for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNewsWords</name>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/review_news.py" line="62"/>
        <source>%n new comment(s) from your supervisor</source>
        <translation>
            <numerusform>1 new comment from your supervisor</numerusform>
            <numerusform>%n new comments from your supervisor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/ui/sync/review_news.py" line="65"/>
        <source>%n new answer(s) in the review</source>
        <translation>
            <numerusform>1 new answer in the review</numerusform>
            <numerusform>%n new answers in the review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="187"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="243"/>
        <source>Answer from {heading}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="249"/>
        <source>No review comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="290"/>
        <source>Answer to {heading}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="321"/>
        <source>Write the answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="333"/>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="357"/>
        <source>The review could not be saved. Lock and unlock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="365"/>
        <source>Review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="366"/>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="368"/>
        <source>A comment for the coordinator about the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="370"/>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="371"/>
        <source>Mark the plan as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="373"/>
        <source>Records today&apos;s date and your name; the coordinator sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="375"/>
        <source>Review comments and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="376"/>
        <source>New review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="377"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="378"/>
        <source>Your answer to the comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="379"/>
        <source>Answer to the chosen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="380"/>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="381"/>
        <source>Send answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="383"/>
        <source>The answer is shared with the other side at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="60"/>
        <source>The plan has not been reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="61"/>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="92"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="62"/>
        <source>Reviewed on {date} by {reviewer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="71"/>
        <source>changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="75"/>
        <source>A goal or step was changed after the plan was marked as reviewed. The supervisor can review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="93"/>
        <source>{author}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan_export/review_tab.py" line="97"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/save_dialog.py" line="39"/>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveSnapshotDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="83"/>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="87"/>
        <source>A snapshot keeps the map as it looks now, so you can later show it beside the map and talk about what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="104"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="37"/>
        <source>Automatic (the computer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="42"/>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="58"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="60"/>
        <source>FTBT Desktop locks itself after this many minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="66"/>
        <source>To use another folder, start FTBT Desktop with --data-dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="73"/>
        <source>Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="78"/>
        <source>SU counts as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="81"/>
        <source>fleksjob counts as self-supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="86"/>
        <source>Self-supporting means receiving no public benefit. The defaults follow Danmarks Statistik&apos;s count of people on public support, which leaves SU out and counts fleksjob in. Every view and report states the definition it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="92"/>
        <source>Self-supporting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="96"/>
        <source>I am a supervisor (read-only review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="101"/>
        <source>Families then open read-only, with a Review panel for comments and the “reviewed” mark. After signing in to a server, the role the server gives decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="142"/>
        <source>The settings could not be saved in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/dialogs/settings_dialog.py" line="150"/>
        <source>The new language is used when you close FTBT Desktop and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="45"/>
        <source>Sign in to the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="66"/>
        <source>My computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="90"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="92"/>
        <source>Sign in with your municipality&apos;s login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="97"/>
        <source>Opens the municipality&apos;s sign-in page in your browser. Come back here when you have signed in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="101"/>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="105"/>
        <source>Or with a username and password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="119"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="122"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="123"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="143"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="144"/>
        <source>Sign out of the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="163"/>
        <source>Fill in the server address, username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="167"/>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="180"/>
        <source>A sync is running. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="176"/>
        <source>Fill in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="184"/>
        <source>Sign in in the browser window that opened, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="194"/>
        <source>You are signed out. Changes not yet sent stay on this computer and are sent when you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sign_in_dialog.py" line="218"/>
        <source>This computer: {name} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../ftbt_desktop/ui/single_instance.py" line="186"/>
        <source>FTBT Desktop is already open on this data folder ({folder}), or a command is working on it. Use the window that is open, or wait for the command to finish and start FTBT Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotNames</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="56"/>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="57"/>
        <source>Visit {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotPane</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="232"/>
        <source>The map on {date} (“{name}”). Only for looking: changes go in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="258"/>
        <source>Snapshot to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="259"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="260"/>
        <source>Stop showing the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="261"/>
        <source>The snapshot&apos;s map (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_map/snapshots.py" line="263"/>
        <source>No snapshots yet. Use “Save snapshot” to keep the map as it looks today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="91"/>
        <source>Add an adult to the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="108"/>
        <source>{verdict} under the definition in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="118"/>
        <source>Work and education status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="120"/>
        <source>Edit work and education status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="122"/>
        <source>&amp;Adult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="123"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="124"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="125"/>
        <source>Self-supporting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="126"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/status_form.py" line="127"/>
        <source>Optional, e.g. 15 hours a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="108"/>
        <source>Choose the goal the step belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="111"/>
        <source>Write what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="130"/>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="130"/>
        <source>Edit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="131"/>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="132"/>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="133"/>
        <source>By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="134"/>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="135"/>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="137"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/plan/step_form.py" line="138"/>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="124"/>
        <source>Sending %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="126"/>
        <source>Fetching %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="128"/>
        <source>Fetched {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="131"/>
        <source>Making the families searchable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="133"/>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="141"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="139"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="143"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="145"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="147"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="171"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="174"/>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_status.py" line="176"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="39"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="41"/>
        <source>Sign in to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="161"/>
        <source>“{name}” was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/sync_ui.py" line="169"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/notice.py" line="189"/>
        <location filename="../../ftbt_desktop/words/sync.py" line="260"/>
        <source>{what} – {field}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="45"/>
        <source>The central server is too old for this version of FTBT Desktop. Ask your IT support to update the server. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="50"/>
        <source>This version of FTBT Desktop is too old for the central server. Install the newest version. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="58"/>
        <source>The central server is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="64"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="67"/>
        <source>Too many attempts. Wait {minutes} minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="73"/>
        <source>The central server refused the request ({code}). Your changes are kept; contact your IT support if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="79"/>
        <source>This computer is not signed in to the central server yet. Choose “Sign in to the server…” in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="84"/>
        <source>The username or password is wrong. Check them (is Caps Lock on?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="88"/>
        <source>Your account on the central server is disabled. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="92"/>
        <source>The central server no longer accepts this computer&apos;s sign-in. Sign in again; changes not yet synced are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="97"/>
        <source>An administrator has revoked this computer&apos;s access to the central server, so it is signed out. Your families stay on this computer; changes not yet synced are kept. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="103"/>
        <source>Your sign-in has expired. Sign in again; changes not yet synced are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="106"/>
        <source>The central server cannot be reached. Keep working offline: FTBT Desktop tries again by itself, and nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="111"/>
        <source>The central server has a problem right now. Keep working: FTBT Desktop tries again later, and nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="116"/>
        <source>The server address must start with https://. Only a server on this computer may use plain http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="121"/>
        <source>The central server takes no passwords. Sign in with your municipality&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="125"/>
        <source>This is not a server address. Write it like https://ftbt.kommune.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="131"/>
        <source>Sync failed. Your changes are kept; FTBT Desktop tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="140"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="141"/>
        <source>No sign-in came back from the browser in time. Try again, and finish the sign-in in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="146"/>
        <source>Your municipal account has no role in FTBT Desktop. Ask your IT support to add you to the right group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="151"/>
        <source>This central server does not use the municipality&apos;s login. Sign in with a username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="156"/>
        <source>The municipality&apos;s login cannot be reached. Check the network and try again; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="161"/>
        <source>The municipality&apos;s login refused the sign-in. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="167"/>
        <source>The sign-in with the municipality&apos;s login did not succeed. Try again; if it keeps failing, contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="177"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="178"/>
        <source>You are signed in. Close this window and go back to FTBT Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="190"/>
        <source>An administrator has ordered this computer emptied. Changes not yet synced were first sent to the central server where it allowed them. Families removed from this computer: {removed}. You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="197"/>
        <source>Families whose changes could not be sent were first sealed in a file only your administrator can open: {sealed}. Give the computer to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="203"/>
        <source>Families kept because their changes could not be sent: {kept}. They stay locked in this computer&apos;s vault; give the computer to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="213"/>
        <source>The central server sent changes stamped {ahead} ahead of this computer&apos;s clock. They are not taken until the clocks agree, and nothing is lost. Contact your IT support: the server&apos;s clock may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="221"/>
        <source>This computer&apos;s clock is wrong: it is {minutes} minutes behind the central server, so the newest changes cannot be taken. Correct the date and time on this computer, then sync again. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="228"/>
        <source>This computer&apos;s clock is wrong: it is {minutes} minutes ahead of the central server. Correct the date and time on this computer, then sync again. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="234"/>
        <source>This computer&apos;s clock is wrong: the central server refused changes stamped in the future. Correct the date and time on this computer. The changes are kept and sent once they can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="244"/>
        <source>you may not change this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="245"/>
        <source>you may read this family but only write review comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="248"/>
        <source>the server found the value invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="251"/>
        <source>refused by the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="269"/>
        <source>The central server refused %n change(s). They stay in the history but are not shared with anyone.</source>
        <translation>
            <numerusform>The central server refused a change. It stays in the history but is not shared with anyone.</numerusform>
            <numerusform>The central server refused %n changes. They stay in the history but are not shared with anyone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="278"/>
        <source>The vault on this computer lacked changes it had already sent to the central server: an older copy of the data folder has been put back. The missing changes have been fetched again from the server. If you did not restore an old copy yourself, tell your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="291"/>
        <source>A family was assigned to another coordinator and has been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="296"/>
        <source>The family “{name}” was assigned to another coordinator and has been removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="303"/>
        <source>The %n change(s) waiting here were sent to the central server first.</source>
        <translation>
            <numerusform>The change waiting here was sent to the central server first.</numerusform>
            <numerusform>The %n changes waiting here were sent to the central server first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="316"/>
        <source>A family was assigned to another coordinator, and the central server refused %n change(s) made here. They exist only on this computer, so the family stays here for now.</source>
        <translation>
            <numerusform>A family was assigned to another coordinator, and the central server refused a change made here. It exists only on this computer, so the family stays here for now.</numerusform>
            <numerusform>A family was assigned to another coordinator, and the central server refused %n changes made here. They exist only on this computer, so the family stays here for now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="324"/>
        <source>The family “{name}” was assigned to another coordinator, and the central server refused %n change(s) made here. They exist only on this computer, so the family stays here for now.</source>
        <translation>
            <numerusform>The family “{name}” was assigned to another coordinator, and the central server refused a change made here. It exists only on this computer, so the family stays here for now.</numerusform>
            <numerusform>The family “{name}” was assigned to another coordinator, and the central server refused %n changes made here. They exist only on this computer, so the family stays here for now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="333"/>
        <source>Open the family, save the refused changes as a file for its new coordinator (or contact them), then choose “Remove from this computer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="342"/>
        <source>%n change(s) need your eye</source>
        <translation>
            <numerusform>1 change needs your eye</numerusform>
            <numerusform>%n changes need your eye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/sync.py" line="346"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>1 change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="358"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="360"/>
        <source>Synced – nothing new ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="363"/>
        <source>Last synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/sync.py" line="401"/>
        <source>Signed in as {user} at {server}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemLibs</name>
    <message>
        <location filename="../../ftbt_desktop/ui/system_libs.py" line="72"/>
        <source>FTBT Desktop cannot open its window: these system packages are missing: {packages}. Install them with: sudo apt install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakenAwayBanner</name>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="71"/>
        <source>This family has been handed over to another coordinator. You can no longer edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="75"/>
        <source>What was written here and not sent is shown below and beside the fields. Save it for the new coordinator, then remove the family from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="79"/>
        <source>It is removed from this computer at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/sync/taken_away_banner.py" line="81"/>
        <source>Read-only: the family has been handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThrivingForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="119"/>
        <source>Add a parent to the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="121"/>
        <source>Add a child to the family first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="124"/>
        <source>Choose whether the child thrives better, the same or worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="146"/>
        <source>Child&apos;s thriving (parent&apos;s view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="148"/>
        <source>Edit child&apos;s thriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="150"/>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="151"/>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="152"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="153"/>
        <source>Compared with before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="154"/>
        <source>&amp;Thriving 0–10:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="155"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/thriving_form.py" line="156"/>
        <source>Optional: 0 is very poorly, 10 is very well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="26"/>
        <source>FTBT Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="29"/>
        <source>Type your passphrase to unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="31"/>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="32"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="35"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="37"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="58"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="63"/>
        <source>Locking: the vault closes as soon as the current task is done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/vault_pages/unlock_pages.py" line="85"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="75"/>
        <source>Do&amp;n&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="103"/>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="126"/>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="136"/>
        <source>What you typed is not saved yet ({pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="128"/>
        <source>FTBT Desktop is locked. Cancel, unlock and save it, or close without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="131"/>
        <source>What you typed for {family} is not saved yet ({pages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="134"/>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="137"/>
        <source>Do you want to save it first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace/unsaved_guard.py" line="141"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="21"/>
        <source>the key file (vault.keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="22"/>
        <source>the database file (vault.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="23"/>
        <source>the history of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="24"/>
        <source>the current data about families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="25"/>
        <source>the vault&apos;s own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="26"/>
        <source>the record of the vault&apos;s format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="29"/>
        <source>the search indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="30"/>
        <source>unused pages or index pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="33"/>
        <source>the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="35"/>
        <source>other parts of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="40"/>
        <source>Choose a passphrase of several ordinary words you can remember, for example four words with spaces between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="45"/>
        <source>Too short: use at least 12 characters. Several words are easier to remember than one complicated word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="50"/>
        <source>Many people use this passphrase, so it is easy to guess. Choose your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="54"/>
        <source>Repeated characters or words are easy to guess. Use different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="57"/>
        <source>Sequences such as “abcd”, “1234” or “qwerty” are easy to guess. Use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="61"/>
        <source>Only digits or symbols are easy to guess. Use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="64"/>
        <source>Acceptable. One or two more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="67"/>
        <source>Good passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="68"/>
        <source>Strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="74"/>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="80"/>
        <source>This passphrase does not open the vault. Check that Caps Lock is off and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="87"/>
        <source>This recovery key does not open the vault. Check each group of characters and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="94"/>
        <source>This vault was saved by a newer version of FTBT Desktop. Install the newest version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="102"/>
        <source>Something unexpected went wrong. Try again; if it keeps happening, restart FTBT Desktop and contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="110"/>
        <source>FTBT Desktop could not read or write its files in the data folder. Check that the disk is not full and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="118"/>
        <source>The disk is full, so FTBT Desktop cannot open or save the vault. The vault is not damaged and nothing was changed. Make room on the disk (empty the wastebasket, delete large files you do not need) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="127"/>
        <source>The key file (vault.keys) belongs to another vault: it does not open this vault&apos;s data, which is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="135"/>
        <source>The data folder {path} can be opened by other accounts on this computer, and FTBT Desktop cannot change that (the folder belongs to another account), so the vault is not opened there. Ask IT support to make the folder yours alone, or start FTBT Desktop with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="145"/>
        <source>The data folder {path} could not be made yours alone: Windows refused to set its access list, so the vault is not opened there. Ask IT support to give your account alone full control of the folder, or start FTBT Desktop with another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/vault.py" line="161"/>
        <source>Another FTBT Desktop (a second window or a command) is working on this data folder, so nothing was changed. Close it, or wait for it to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="130"/>
        <source>Each next step can be at most {limit} characters; shorten “{start}…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="160"/>
        <source>The date {date} is in the future. Save the visit with this date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="163"/>
        <source>Yes, save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="164"/>
        <source>No, change the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="176"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="176"/>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="177"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="178"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="179"/>
        <source>Who was there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="180"/>
        <source>&amp;Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="181"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="182"/>
        <source>Agreed &amp;next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="186"/>
        <source>No family members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="187"/>
        <source>e.g. the class teacher, an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="189"/>
        <source>Internal (coordinator only): not shown to the family or in their exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="191"/>
        <source>A short summary for your own use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="192"/>
        <source>Summary, internal (coordinator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="193"/>
        <source>One step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visit_form.py" line="194"/>
        <source>Save visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWords</name>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="20"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="21"/>
        <source>At the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="22"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="23"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="37"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="39"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/visit.py" line="41"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="43"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/visit.py" line="46"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="52"/>
        <source>No visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/visit.py" line="53"/>
        <source>Last visit: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="152"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="248"/>
        <source>Summary of {date} – internal (coordinator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="252"/>
        <source>No summary written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="291"/>
        <source>Remove the visit of {date}? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="294"/>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="313"/>
        <source>Remove visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="295"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="310"/>
        <source>The chosen visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="311"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="312"/>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="315"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/visits/visits_tab.py" line="317"/>
        <source>Visits, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Who5Chart</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="44"/>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="71"/>
        <source>Wellbeing (WHO-5) chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="60"/>
        <source>No WHO-5 measures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_chart.py" line="64"/>
        <source>Scores by date: {scores}. The table below has the same measures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Who5Exporter</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="45"/>
        <source>Export WHO-5 measures (FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="47"/>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="57"/>
        <source>Save the file outside FTBT Desktop&apos;s data folder: everything in it stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="64"/>
        <source>The measures could not be read. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="66"/>
        <source>This person has no WHO-5 measures to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="72"/>
        <source>The file could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="82"/>
        <source>The export could not be noted in the vault&apos;s log, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_export.py" line="86"/>
        <source>{count} WHO-5 measures were saved as {file}, in the form of KL&apos;s WHO-5 questionnaire (FHIR). The file holds personal data: hand it to the municipality&apos;s system and delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Who5Form</name>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="232"/>
        <source>Add an adult to the family first: WHO-5 is answered by adults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="277"/>
        <source>{answered} of 5 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="282"/>
        <source>Score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="292"/>
        <source>Since {date}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="304"/>
        <source>Wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="306"/>
        <source>Edit wellbeing (WHO-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="308"/>
        <source>&amp;Adult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="309"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="317"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/measures/who5_form.py" line="322"/>
        <source>Save WHO-5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="50"/>
        <location filename="../../ftbt_desktop/words/common.py" line="147"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="51"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="52"/>
        <location filename="../../ftbt_desktop/words/common.py" line="148"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="53"/>
        <source>Other adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="63"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="64"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="68"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="69"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="79"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="80"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="86"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="87"/>
        <location filename="../../ftbt_desktop/words/common.py" line="144"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="89"/>
        <location filename="../../ftbt_desktop/words/common.py" line="131"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="90"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="91"/>
        <source>Progress rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="92"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="94"/>
        <location filename="../../ftbt_desktop/words/common.py" line="155"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="95"/>
        <source>WHO-5 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="96"/>
        <source>Work and education status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="97"/>
        <source>Child&apos;s thriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="98"/>
        <source>Leisure activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="99"/>
        <source>Civil-society connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="100"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="102"/>
        <source>Map item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="103"/>
        <source>Map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="104"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="105"/>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="106"/>
        <source>Answer to a review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="107"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="117"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="118"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="119"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="120"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="121"/>
        <source>Demo family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="122"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="123"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="124"/>
        <source>In household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="126"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="127"/>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="128"/>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="129"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="130"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="132"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="133"/>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="134"/>
        <source>Who (member or actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="135"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="136"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="137"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="138"/>
        <source>Rating (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="139"/>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="140"/>
        <source>Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="141"/>
        <source>Summary (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="142"/>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="145"/>
        <source>WHO-5 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="146"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="149"/>
        <source>Compared with before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="150"/>
        <source>Thriving (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="151"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="152"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="153"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="154"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="156"/>
        <source>Kinds of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="157"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="158"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="159"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="160"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="161"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="162"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="163"/>
        <source>Given how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="165"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="166"/>
        <source>Stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="167"/>
        <source>Position across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="168"/>
        <source>Position down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="169"/>
        <source>Place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="170"/>
        <source>Visible to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="171"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="172"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="173"/>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="175"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="176"/>
        <source>Answer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="177"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="178"/>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="179"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="181"/>
        <source>Copy of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="182"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ftbt_desktop/words/common.py" line="211"/>
        <source>%n thing(s) on the map</source>
        <translation>
            <numerusform>%n thing on the map</numerusform>
            <numerusform>%n things on the map</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="222"/>
        <source>{field} must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="224"/>
        <source>{field} can be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="229"/>
        <source>{field} must be a year from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="233"/>
        <source>{field} must be from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="237"/>
        <source>{field} must be a year, like 1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="239"/>
        <source>{field} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="242"/>
        <source>{field} must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="243"/>
        <source>{field} has a value that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/words/common.py" line="249"/>
        <source>This was removed or changed in the meantime. The view has been updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="96"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="97"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="98"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="99"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="102"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="105"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="108"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="111"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="114"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="115"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="127"/>
        <source>a folder is needed, not an empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="139"/>
        <source>the folder holding the vault (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="145"/>
        <source>FTBT Desktop. Without a command the app starts; the commands below are for scripts and support. The passphrase is asked for, or read from the environment variable FTBT_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="152"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="492"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="158"/>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/__main__.py" line="167"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="500"/>
        <source>create a vault (or open the one there) and add the invented demo families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="506"/>
        <source>verify every page of the vault and its schema; exit 0 when whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="512"/>
        <source>write the families as JSON, or one family&apos;s plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="530"/>
        <source>file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="534"/>
        <source>for --format pdf: the family&apos;s version (no internal notes; the default) or the supervisor&apos;s (everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="542"/>
        <source>the file to write (&apos;-&apos; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="546"/>
        <source>only this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="586"/>
        <source>merge the families of a JSON export into the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="590"/>
        <source>a file made by `ftbt-desktop export`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="181"/>
        <source>The file holds personal data. Keep it in the encrypted folder your municipality prescribes, and delete it when it is no longer needed. The export is noted in the vault&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="158"/>
        <source>There is no family with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="167"/>
        <source>Write the export outside the data folder {path}: everything in it stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="73"/>
        <source>The passphrase does not open this vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="47"/>
        <source>The vault is in use by FTBT Desktop. Close the app and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="145"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="151"/>
        <source>Unexpected error ({kind}). Set FTBT_DEBUG=1 to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="28"/>
        <source>the FTBT Desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="30"/>
        <source>the command `{command}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="34"/>
        <source>another FTBT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="36"/>
        <source>{holder}, process {pid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="39"/>
        <source>The vault is in use by another FTBT Desktop ({holder}). Nothing was changed. Close it, or wait for it to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="54"/>
        <source>The data folder {path} can be opened by other accounts on this computer, and this account cannot change that (the folder belongs to another account). Nothing was opened. Ask IT support to make the folder yours alone (chmod 700), or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="138"/>
        <source>The vault could not be read. Run `ftbt-desktop check` to see whether it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="278"/>
        <source>Demo families added: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="282"/>
        <source>The demo families are already in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="286"/>
        <source>The vault is whole: every page, the schema, the change history and the current data check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="294"/>
        <source>The vault&apos;s clock is {ahead} ahead of this computer&apos;s clock, so the central server would refuse its changes. FTBT Desktop puts it right the next time the vault is unlocked: changes not yet synced are stamped again, and history keeps the originals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="307"/>
        <source>Exported. Families: {families}. Changes: {changes}. File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="313"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="319"/>
        <source>Imported. Families in the file: {families}. New changes: {new}. Changes already in the vault: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="193"/>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="197"/>
        <source>No passphrase was given (type it, or set FTBT_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="203"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="207"/>
        <source>Type the passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="211"/>
        <source>The two passphrases differ. No vault was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="215"/>
        <source>No vault was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="232"/>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="233"/>
        <source>The passphrase is too short. Use at least 12 characters, for example three or four ordinary words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="238"/>
        <source>The passphrase is one of the most used ones and easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="241"/>
        <source>The passphrase repeats the same characters and is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="244"/>
        <source>The passphrase is a sequence (like 1234 or qwerty) and easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="247"/>
        <source>The passphrase has no letters. Use words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="250"/>
        <source>The passphrase is accepted; one more word would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="265"/>
        <source>A new vault was created in {path}.

Recovery key: {key}

Write the recovery key on paper and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="79"/>
        <source>There is no vault in {path}. Start FTBT Desktop to create one, or use `ftbt-desktop demo --data-dir DIR`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="64"/>
        <source>The data folder {path} could not be made this account&apos;s alone: Windows refused to set its access list. Nothing was opened. Ask IT support to give this account alone full control of the folder (docs/deploy-windows.md), or use another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="87"/>
        <source>The disk holding {path} is full. Nothing was changed and the vault is not damaged: make room on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="95"/>
        <source>The disk holding {path} filled up, so the last step was not saved; what was saved before it is kept, and the vault is not damaged. Make room on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="104"/>
        <source>The key file (vault.keys) belongs to another vault; this vault&apos;s data is not damaged. Its own key file is in the backups folder: start FTBT Desktop and let it put it back (the other key file is kept aside, not deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="114"/>
        <source>The vault is damaged. Affected: {affected}.
Start FTBT Desktop and let it restore the latest good backup; the damaged files are kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="125"/>
        <source>the key file (vault.keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="126"/>
        <source>the database file (vault.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="127"/>
        <source>the vault&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="128"/>
        <source>the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="129"/>
        <source>the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="130"/>
        <source>the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="131"/>
        <source>the search indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="132"/>
        <source>the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="328"/>
        <source>the file is not JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="329"/>
        <source>the file is not an FTBT export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="330"/>
        <source>the file was made by a newer FTBT Desktop (format version {version}); update FTBT Desktop first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="335"/>
        <source>the file has an unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="336"/>
        <source>the file has no list of families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="337"/>
        <source>family {family} lacks an id or a list of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="340"/>
        <source>family {family} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="341"/>
        <source>family {family}, change {change} is malformed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="344"/>
        <source>family {family}, change {change} belongs to another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="347"/>
        <source>family {family}, change {change} holds a kind of data this version does not know ({kind}); update FTBT Desktop first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="352"/>
        <source>family {family}, change {change} has an invalid value for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="355"/>
        <source>the change {change_id} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="358"/>
        <source>family {family}, change {change} is stamped {ahead} ahead of this computer&apos;s clock; check the date and time on this computer and on the one that made the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="363"/>
        <source>family {family} has no name in its change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="366"/>
        <source>in family {family}, &apos;{key}&apos; does not match the family&apos;s change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="369"/>
        <source>the file goes on after its list of families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="372"/>
        <source>the file changed while it was being imported; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="380"/>
        <source>{position} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="386"/>
        <source>Cannot import {path}: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="407"/>
        <source>The PDF, the CSV and the JSON need a different file each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="428"/>
        <source>JSON: {json}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="518"/>
        <source>Writes the families as JSON (all, or one with --family), or one family&apos;s plan as PDF: --format pdf --family ID, for the family (no internal notes, large type) or the supervisor (everything), or one family&apos;s WHO-5 measures as FHIR QuestionnaireResponse resources after KL&apos;s WHO-5 questionnaire: --format fhir --family ID [--member ID]. The file holds personal data: keep it in the encrypted folder your municipality prescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="550"/>
        <source>for --format fhir: only this family member&apos;s WHO-5 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="556"/>
        <source>--member goes with --format fhir (a member&apos;s WHO-5 measures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="562"/>
        <source>WHO-5 measures are exported for one family: give --family ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="568"/>
        <source>The family has no member with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="574"/>
        <source>Exported as FHIR. WHO-5 measures: {measures}. File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="580"/>
        <source>There are no WHO-5 measures to export: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="637"/>
        <source>set a second period beside the first (--from/--to), starting on this date (YYYY-MM-DD); the headline figures of both and the change are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="645"/>
        <source>the second period&apos;s last day (YYYY-MM-DD), included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="649"/>
        <source>add the headline figures per team (the team of each family&apos;s coordinator, as the central server said at the last sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="657"/>
        <source>also write the figures as JSON (stable keys, units and numbers, for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="678"/>
        <source>sign in to the central server with the municipality&apos;s login in the browser instead of a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="174"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="81"/>
        <source>A family plan is made for one family: give --family ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="88"/>
        <source>A PDF cannot go to standard output: give a file name with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="108"/>
        <source>Cannot write {path}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="120"/>
        <source>Family plan written ({audience}). Pages: {pages}. File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="130"/>
        <source>the family&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/plan.py" line="131"/>
        <source>the supervisor&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="706"/>
        <source>re-encrypt all data with a new key (when a secret may be known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="712"/>
        <source>Re-encrypts all data with a new key, replaces the backups with a new one and prints a new recovery key. Use it when the passphrase or the recovery key may be known to someone else: an old copy of the key file then opens nothing written from now on. Close FTBT Desktop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="722"/>
        <source>choose a new passphrase too (asked twice, or FTBT_NEW_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="472"/>
        <source>Re-encrypting all data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="227"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="219"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="223"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="476"/>
        <source>All data is re-encrypted with a new key, and the old backups are replaced by a new one.

New recovery key: {key}

The old recovery key no longer works. Write the new one on paper and keep it somewhere safe, away from this computer. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="594"/>
        <source>write the outcome report over all families (or chosen ones) as PDF and CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="600"/>
        <source>The programme&apos;s outcome report: an A4 PDF with charts and, with --csv, the figures as CSV for Excel, over every family but the demo ones or those given with --family. --from and --to limit it to a period. Counts under 5 are shown as “&lt;5”; the files hold no names and no ids, but they are personal data: keep them in the encrypted folder your municipality prescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="496"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="611"/>
        <source>first day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="617"/>
        <source>last day of the period (YYYY-MM-DD or DD.MM.YYYY; default: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="623"/>
        <source>only these families (default: all but the demo families)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="629"/>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="633"/>
        <source>also write the figures as CSV (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="395"/>
        <source>The period ends ({end}) before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="401"/>
        <source>The report is written to files: give file names, not &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="413"/>
        <source>Write the report outside the data folder {path}: everything in it stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="422"/>
        <source>Outcome report written. Families: {families}. PDF: {pdf}. Pages: {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="426"/>
        <source>CSV: {csv}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="433"/>
        <source>The files hold personal data about the families. Keep them in the encrypted folder your municipality prescribes, and delete them when no longer needed. The export is noted in the vault&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="442"/>
        <source>{option} needs a date like 2025-01-31 or 31.01.2025, not &apos;{text}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="663"/>
        <source>sign this vault in to the central server (password from FTBT_PASSWORD or a prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="670"/>
        <source>the central server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="674"/>
        <source>your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="686"/>
        <source>Sign in in the browser. If no browser opens, open this address in a browser on this computer:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="694"/>
        <source>this computer&apos;s name as the server&apos;s audit log shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="700"/>
        <source>send and fetch changes; exit 0 when this vault is in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="451"/>
        <source>Signed in to {server} as {user} ({role}). Device: {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="457"/>
        <source>Pushed: {pushed}. Pulled: {pulled}. Conflicts: {conflicts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="463"/>
        <source>Open FTBT Desktop to decide the conflicts: both values are kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/cli/messages.py" line="258"/>
        <source>Server password: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
