<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactCommands</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactcommands.cpp" line="+112"/>
        <source>Restore %n contacts</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Move %n contacts to the trash</source>
        <translation>
            <numerusform>Move %n contact to the trash</numerusform>
            <numerusform>Move %n contacts to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Add tag “%1” to %n contacts</source>
        <translation>
            <numerusform>Add tag “%1” to %n contact</numerusform>
            <numerusform>Add tag “%1” to %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove tag “%1” from %n contacts</source>
        <translation>
            <numerusform>Remove tag “%1” from %n contact</numerusform>
            <numerusform>Remove tag “%1” from %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardcharts.cpp" line="+119"/>
        <location line="+94"/>
        <source>%1: %2 from %n order(s)</source>
        <translation>
            <numerusform>%1: %2 from %n order</numerusform>
            <numerusform>%1: %2 from %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message numerus="yes">
        <location filename="../core/contacts/contactmergerchoices.cpp" line="+220"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n email(s), phone(s) or website(s)</source>
        <translation>
            <numerusform>%n email, phone or website</numerusform>
            <numerusform>%n emails, phones or websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n custom field value(s)</source>
        <translation>
            <numerusform>%n custom field value</numerusform>
            <numerusform>%n custom field values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s) of the company</source>
        <translation>
            <numerusform>%n member of the company</numerusform>
            <numerusform>%n members of the company</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message numerus="yes">
        <location filename="../core/pipeline/pipelinestages.cpp" line="+221"/>
        <source>The stage &quot;%1&quot; still has %n open deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; still has %n open deal. Move them to another stage first.</numerusform>
            <numerusform>The stage &quot;%1&quot; still has %n open deals. Move them to another stage first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFormat</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactdetailfields.cpp" line="+108"/>
        <location filename="../ui/contacts/timelineformat.cpp" line="+147"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contacts/timelineformat.cpp" line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ContactDetailView</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactdetailfields.cpp" line="+138"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>+ %n order(s) in other currencies</source>
        <translation>
            <numerusform>+ %n order in other currencies</numerusform>
            <numerusform>+ %n orders in other currencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ContactEditActions</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contacteditactions.cpp" line="+215"/>
        <source>Delete %n contacts permanently?</source>
        <translation>
            <numerusform>Delete %n contact permanently?</numerusform>
            <numerusform>Delete %n contacts permanently?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ContactFilterBar</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactfilterbar.cpp" line="+24"/>
        <source>Birthday in the next %n day(s)</source>
        <translation>
            <numerusform>Birthday in the next %n day</numerusform>
            <numerusform>Birthday in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ContactsView</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="+238"/>
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contact exported to %1</numerusform>
            <numerusform>%Ln contacts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%Ln contact(s) in the trash</source>
        <translation>
            <numerusform>%Ln contact in the trash</numerusform>
            <numerusform>%Ln contacts in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln matching contact</numerusform>
            <numerusform>%Ln matching contacts</numerusform>
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
</context>
<context>
    <name>clientele::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardview.cpp" line="+189"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ui/contacts/duplicatesdialog.cpp" line="+172"/>
        <source>%n pair(s) of contacts may be the same customer.</source>
        <translation>
            <numerusform>%n pair of contacts may be the same customer.</numerusform>
            <numerusform>%n pairs of contacts may be the same customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::FollowUpsView</name>
    <message numerus="yes">
        <location filename="../ui/followups/followupsview.cpp" line="+97"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln upcoming</source>
        <translation>
            <numerusform>%Ln upcoming</numerusform>
            <numerusform>%Ln upcoming</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportFilePage</name>
    <message numerus="yes">
        <location filename="../ui/import/filepage.cpp" line="+233"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n records</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ImportMappingPage</name>
    <message numerus="yes">
        <location filename="../ui/import/mappingpage.cpp" line="+315"/>
        <source>Preview of the first %n orders as they will be stored</source>
        <translation>
            <numerusform>Preview of the first %n orders as they will be stored</numerusform>
            <numerusform>Preview of the first %n orders as they will be stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Preview of the first %n contacts as they will be stored</source>
        <translation>
            <numerusform>Preview of the first %n contacts as they will be stored</numerusform>
            <numerusform>Preview of the first %n contacts as they will be stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n will be rejected</source>
        <translation>
            <numerusform>%n will be rejected</numerusform>
            <numerusform>%n will be rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+322"/>
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
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::OrdersView</name>
    <message numerus="yes">
        <location filename="../ui/orders/ordersview.cpp" line="+138"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::PipelineView</name>
    <message numerus="yes">
        <location filename="../ui/pipeline/pipelineview.cpp" line="+97"/>
        <source>+ %n in other currencies</source>
        <translation>
            <numerusform>+ %n in other currencies</numerusform>
            <numerusform>+ %n in other currencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
</context>
</TS>
