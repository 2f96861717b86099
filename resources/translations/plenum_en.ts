<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Congress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui</name>
    <message>
        <source>Claim check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broader concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrower concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concepts introduced or reshaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::ConceptTreeModel</name>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中文</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::DeleteItemCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::GraphView</name>
    <message>
        <source>Link graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an item to see its links as a graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::ItemPage</name>
    <message>
        <source>%1 was deleted. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::MainWindow</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open · double-click to centre · wheel to zoom · drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Plenum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Plenum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plenum %1&lt;/h3&gt;&lt;p&gt;A knowledge base for research on Chinese social governance policy: Party milestones, documents, statements, concepts and references, linked.&lt;/p&gt;&lt;p&gt;Knowledge base: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Plenum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 milestones · %2 documents · %3 statements · %4 references · %5 concepts · %6 notes · %7 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::MilestoneTreeModel</name>
    <message>
        <source>%1 Central Committee · 第%2届中央委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown. Type [[ to link any item by name or alias, [@ to cite a reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links and citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteListModel</name>
    <message>
        <source>(untitled note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · changed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::SaveNoteCommand</name>
    <message>
        <source>Edit note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the note edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::StatisticsView</name>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sources:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::TimelinePanel</name>
    <message>
        <source>&amp;Highlight concept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom · drag or Shift+←/→ to pan · ←/→ to step · Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plenum::ui::TimelineView</name>
    <message>
        <source>Timeline of Party congresses and plenums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Central Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
