<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MixController</name>
    <message numerus="yes">
        <source>The layout has %n error(s): fix them first (see Problems).</source>
        <translation>
            <numerusform>The layout has %n error: fix it first (see Problems).</numerusform>
            <numerusform>The layout has %n errors: fix them first (see Problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) may or may not be on air</source>
        <translation>
            <numerusform>%n change may or may not be on air</numerusform>
            <numerusform>%n changes may or may not be on air</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not on air</source>
        <translation>
            <numerusform>%n change not on air</numerusform>
            <numerusform>%n changes not on air</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MixPanel</name>
    <message numerus="yes">
        <source>Update mix (%n change(s))</source>
        <translation>
            <numerusform>Update mix (%n change)</numerusform>
            <numerusform>Update mix (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
</TS>
