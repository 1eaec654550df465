<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="31"/>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="45"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="37"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="47"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="67"/>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="72"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="88"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_dialog.py" line="101"/>
        <source>The current passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="18"/>
        <source>Welcome to FTBT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="21"/>
        <source>The information about your families is kept encrypted on this computer, in a vault that only your passphrase opens. Choose a passphrase of several ordinary words you can remember, for example four words with spaces between them. Nobody, not even IT support, can open the vault without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="30"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="48"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="24"/>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="27"/>
        <source>Some of the vault&apos;s files have been changed or broken, so FTBT Desktop will not trust them. This is affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="36"/>
        <source>FTBT Desktop can put back the latest backup that is whole. Changes made after that backup are not in it. The damaged files are kept aside in the data folder, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="41"/>
        <source>Type your passphrase to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="43"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="46"/>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="90"/>
        <source>Restoring the latest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/damaged_page.py" line="100"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyDetailsTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="104"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="186"/>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="220"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="200"/>
        <source>Close this family? It moves to the closed families and can be reopened later.</source>
        <translation>Luk familien? Den flyttes til de lukkede familier og kan genåbnes senere.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="202"/>
        <source>Close family</source>
        <translation>Luk familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="203"/>
        <source>Keep open</source>
        <translation>Hold den åben</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="242"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="243"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="244"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdato:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="245"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="246"/>
        <source>Who follows this family</source>
        <translation>Hvem der følger familien</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="247"/>
        <source>Internal notes (coordinator only)</source>
        <translation>Interne noter (kun for koordinator)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="249"/>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="250"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="251"/>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="252"/>
        <source>Close family…</source>
        <translation>Luk familien…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_details.py" line="253"/>
        <source>Reopen family</source>
        <translation>Genåbn familien</translation>
    </message>
</context>
<context>
    <name>FamilyHeader</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace.py" line="66"/>
        <source>Closed since {date}</source>
        <translation>Lukket siden {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace.py" line="68"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace.py" line="71"/>
        <source>Active since {date}</source>
        <translation>Aktiv siden {date}</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace.py" line="73"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace.py" line="75"/>
        <source>Demo family – invented people to practise with</source>
        <translation>Demofamilie – opdigtede personer at øve sig på</translation>
    </message>
</context>
<context>
    <name>FamilyListModel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="102"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="104"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
</context>
<context>
    <name>FamilyListPanel</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="404"/>
        <source>No active families match “{search}”. Try “All”.</source>
        <translation>Ingen aktive familier passer på »{search}«. Prøv »Alle«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="406"/>
        <source>No closed families match “{search}”. Try “All”.</source>
        <translation>Ingen lukkede familier passer på »{search}«. Prøv »Alle«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="408"/>
        <source>No families match “{search}”.</source>
        <translation>Ingen familier passer på »{search}«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="411"/>
        <source>No families yet. Use “New family” to add the first one.</source>
        <translation>Ingen familier endnu. Brug »Ny familie« for at oprette den første.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="413"/>
        <source>No active families. Closed families are under “Closed”.</source>
        <translation>Ingen aktive familier. Lukkede familier findes under »Lukkede«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="414"/>
        <source>No closed families.</source>
        <translation>Ingen lukkede familier.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="452"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="470"/>
        <source>Search families and members…</source>
        <translation>Søg efter familier og familiemedlemmer…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="471"/>
        <source>Search families</source>
        <translation>Søg efter familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="472"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="473"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="473"/>
        <source>Closed</source>
        <translation>Lukkede</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="473"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="475"/>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="476"/>
        <source>&amp;New family</source>
        <translation>&amp;Ny familie</translation>
    </message>
</context>
<context>
    <name>FamilyWorkspace</name>
    <message>
        <location filename="../../ftbt_desktop/ui/workspace.py" line="175"/>
        <source>Choose a family in the list, or create a new one with “New family”.</source>
        <translation>Vælg en familie på listen, eller opret en ny med »Ny familie«.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="160"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="217"/>
        <source>{name} (removed)</source>
        <translation>{name} (fjernet)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="236"/>
        <source>No changes match “{text}”.</source>
        <translation>Ingen ændringer passer på »{text}«.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="238"/>
        <source>No changes yet.</source>
        <translation>Ingen ændringer endnu.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="244"/>
        <source>Filter by name, field, value or who…</source>
        <translation>Filtrer på navn, felt, værdi eller hvem…</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="245"/>
        <source>Filter history</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="247"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="247"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="247"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="247"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="247"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/history_tab.py" line="249"/>
        <source>History of changes</source>
        <translation>Historik over ændringer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="123"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="127"/>
        <source>Lock FTBT Desktop now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="128"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="129"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="130"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="131"/>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="435"/>
        <source>About FTBT Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="132"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="150"/>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="303"/>
        <source>The new passphrase is saved. Use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="339"/>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="476"/>
        <source>The backup from {when} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="354"/>
        <source>No whole backup was found, so the vault cannot be restored here. Do not delete the data folder; contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="388"/>
        <source>FTBT Desktop locked itself because it was not used for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="415"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="437"/>
        <source>FTBT Desktop {version}

For family coordinators in Familiens Trivsel – Barnets Trivsel: the whole family&apos;s plan, in one place.

The information is kept encrypted on this computer and opens only with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="485"/>
        <source>That backup is damaged and was not used. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/main_window.py" line="488"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="167"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="192"/>
        <source>New family member</source>
        <translation>Nyt familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="194"/>
        <source>Edit family member</source>
        <translation>Rediger familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="195"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="196"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="197"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Fødselsår:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="198"/>
        <source>First name, or the name the family uses</source>
        <translation>Fornavn, eller det navn familien bruger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="199"/>
        <source>e.g. 1985 (optional)</source>
        <translation>f.eks. 1985 (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="200"/>
        <source>Lives in the &amp;household</source>
        <translation>Bor i &amp;husstanden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="203"/>
        <source>Save member</source>
        <translation>Gem familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/member_form.py" line="204"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="86"/>
        <source>Members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="181"/>
        <source>Remove {name} from the family? The history keeps a record of them.</source>
        <translation>Fjern {name} fra familien? Historikken bevarer det, der er registreret.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="184"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="185"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="199"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Boksen er låst. Lås den op, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="240"/>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="244"/>
        <source>Family members</source>
        <translation>Familiemedlemmer</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="245"/>
        <source>&amp;Add member</source>
        <translation>&amp;Tilføj familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="246"/>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/members_tab.py" line="247"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
</context>
<context>
    <name>NewFamilyForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="221"/>
        <source>New family</source>
        <translation>Ny familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="222"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="223"/>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="224"/>
        <source>What the family is called, e.g. Hansen</source>
        <translation>Hvad familien hedder, f.eks. Hansen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="225"/>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="226"/>
        <source>Create family</source>
        <translation>Opret familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/family_list.py" line="227"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_widgets.py" line="78"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_widgets.py" line="82"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/passphrase_widgets.py" line="84"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrasePage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="148"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="151"/>
        <source>You opened the vault with your recovery key. Choose a new passphrase now; the old one will no longer work. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="158"/>
        <source>Save the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="176"/>
        <source>Saving the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="71"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="74"/>
        <source>If you ever forget your passphrase, this recovery key is the only way to open the vault. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="95"/>
        <source>Write it down on paper and keep it somewhere safe, away from this computer (for example locked in a drawer at the office), or store it in your municipality&apos;s password manager. Do not keep it in a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="100"/>
        <source>I have stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/create_pages.py" line="102"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="87"/>
        <source>Unlock with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="90"/>
        <source>Type the recovery key you were shown when the vault was created. Upper or lower case and the dashes do not matter. Afterwards you choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="98"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="101"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="102"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="122"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="136"/>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="43"/>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="97"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="47"/>
        <source>FTBT Desktop backs up the vault when you lock it, at most once a day, and keeps the last seven backups. Choose the backup to go back to. Changes made after it will no longer be in the vault; the current files are kept aside in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="55"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="60"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="99"/>
        <source>Go back to the backup from {when}? Changes made after it will no longer be in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/backup_dialog.py" line="106"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="34"/>
        <source>Automatic (the computer&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="39"/>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="44"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="46"/>
        <source>FTBT Desktop locks itself after this many minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="52"/>
        <source>To use another folder, start FTBT Desktop with --data-dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="56"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="58"/>
        <source>Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="60"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/settings_dialog.py" line="84"/>
        <source>The settings could not be saved in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="26"/>
        <source>FTBT Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="29"/>
        <source>Type your passphrase to unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="31"/>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="32"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="35"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="37"/>
        <source>Forgot your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="61"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/unlock_pages.py" line="76"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="24"/>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="25"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="26"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="27"/>
        <source>Other adult</source>
        <translation>Anden voksen</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="37"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="38"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="48"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="49"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="55"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="56"/>
        <source>Family member</source>
        <translation>Familiemedlem</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="64"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="66"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="67"/>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="68"/>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="69"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="70"/>
        <source>Demo family</source>
        <translation>Demofamilie</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="71"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="72"/>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="73"/>
        <source>In household</source>
        <translation>I husstanden</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="74"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="123"/>
        <source>{field} must be filled in.</source>
        <translation>{field} skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="125"/>
        <source>{field} can be at most {limit} characters.</source>
        <translation>{field} må højst være {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="130"/>
        <source>{field} must be a year from {low} to {high}.</source>
        <translation>{field} skal være et årstal fra {low} til {high}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="134"/>
        <source>{field} must be from {low} to {high}.</source>
        <translation>{field} skal være fra {low} til {high}.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="138"/>
        <source>{field} must be a year, like 1985.</source>
        <translation>{field} skal være et årstal, f.eks. 1985.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="140"/>
        <source>{field} must be a number.</source>
        <translation>{field} skal være et tal.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="143"/>
        <source>{field} must be a date.</source>
        <translation>{field} skal være en dato.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="144"/>
        <source>{field} has a value that cannot be used.</source>
        <translation>{field} har en værdi, der ikke kan bruges.</translation>
    </message>
    <message>
        <location filename="../../ftbt_desktop/ui/words.py" line="150"/>
        <source>This was removed or changed in the meantime. The view has been updated.</source>
        <translation>Det er blevet fjernet eller ændret i mellemtiden. Visningen er opdateret.</translation>
    </message>
</context>
</TS>
