<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>PipelineRepository</name>
    <message numerus="yes">
        <location filename="../core/pipeline/pipelinestages.cpp" line="+220"/>
        <source>The stage &quot;%1&quot; still has %n open deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>The stage &quot;%1&quot; still has %n open deal. Move them to another stage first.</numerusform>
            <numerusform>The stage &quot;%1&quot; still has %n open deals. Move them to another stage first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ContactDetailView</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactdetailview.cpp" line="+142"/>
        <source>(%n year(s) old)</source>
        <translation>
            <numerusform>(%n year old)</numerusform>
            <numerusform>(%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Orders: %n in total</source>
        <translation>
            <numerusform>Orders: %n in total</numerusform>
            <numerusform>Orders: %n in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ContactsView</name>
    <message numerus="yes">
        <location filename="../ui/contacts/contactsview.cpp" line="+96"/>
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
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+283"/>
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
