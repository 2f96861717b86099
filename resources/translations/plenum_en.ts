<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CoreMessages</name>
    <message>
        <source>%1 %2: "%3" needs a value.</source>
        <translation>%1 %2: "%3" needs a value.</translation>
    </message>
    <message>
        <source>%1 %2: "%3" or "%4" needs a value.</source>
        <translation>%1 %2: "%3" or "%4" needs a value.</translation>
    </message>
    <message>
        <source>%1 %2: "%3" must be one of %4, not "%5".</source>
        <translation>%1 %2: "%3" must be one of %4, not "%5".</translation>
    </message>
    <message>
        <source>%1 %2: "%3" must be a date written YYYY-MM-DD, not "%4".</source>
        <translation>%1 %2: "%3" must be a date written YYYY-MM-DD, not "%4".</translation>
    </message>
    <message>
        <source>%1 %2: "%3" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not "%4".</source>
        <translation>%1 %2: "%3" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not "%4".</translation>
    </message>
    <message>
        <source>%1 %2: "%3" names %4, which is not a document.</source>
        <translation>%1 %2: "%3" names %4, which is not a document.</translation>
    </message>
    <message>
        <source>%1 %2: "%3" is needed when there is evidence.</source>
        <translation>%1 %2: "%3" is needed when there is evidence.</translation>
    </message>
    <message>
        <source>%1 %2: "%3" (%4) is before the start (%5).</source>
        <translation>%1 %2: "%3" (%4) is before the start (%5).</translation>
    </message>
    <message>
        <source>Cannot link %1 to itself.</source>
        <translation>Cannot link %1 to itself.</translation>
    </message>
    <message>
        <source>Cannot link: no item with ID %1.</source>
        <translation>Cannot link: no item with ID %1.</translation>
    </message>
    <message>
        <source>%1 already links to %2 as "%3".</source>
        <translation>%1 already links to %2 as "%3".</translation>
    </message>
    <message>
        <source>Select some text to make a statement from.</source>
        <translation>Select some text to make a statement from.</translation>
    </message>
    <message>
        <source>A tag needs at least one letter or digit.</source>
        <translation>A tag needs at least one letter or digit.</translation>
    </message>
    <message>
        <source>Tag "%1" holds a comma; commas separate tags, so use another character.</source>
        <translation>Tag "%1" holds a comma; commas separate tags, so use another character.</translation>
    </message>
    <message>
        <source>Tag "%1…" is longer than 64 characters.</source>
        <translation>Tag "%1…" is longer than 64 characters.</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>A collection needs a name.</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>A saved search needs a name.</translation>
    </message>
    <message>
        <source>A collection called "%1" already exists.</source>
        <translation>A collection called "%1" already exists.</translation>
    </message>
    <message>
        <source>The saved search "%1" needs a query.</source>
        <translation>The saved search "%1" needs a query.</translation>
    </message>
    <message>
        <source>No CSL style named "%1" is installed (plenum-cli styles lists them; a path to a .csl file works too).</source>
        <translation>No CSL style named "%1" is installed (plenum-cli styles lists them; a path to a .csl file works too).</translation>
    </message>
    <message>
        <source>The bibliography import was cancelled; nothing was changed.</source>
        <translation>The bibliography import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The paper import was cancelled; nothing was changed.</source>
        <translation>The paper import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The plenum-kb import was cancelled; nothing was changed.</source>
        <translation>The plenum-kb import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>expected '%1' closing the block opened here, found the end of the file</source>
        <translation>expected '%1' closing the block opened here, found the end of the file</translation>
    </message>
    <message>
        <source>expected '%1' closing this value, found the end of the file</source>
        <translation>expected '%1' closing this value, found the end of the file</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <source>field "%1" appears twice in entry %2; expected it once</source>
        <translation>field "%1" appears twice in entry %2; expected it once</translation>
    </message>
    <message>
        <source>entry %1 has no title; expected a title field</source>
        <translation>entry %1 has no title; expected a title field</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>the end of the file</translation>
    </message>
    <message>
        <source>a macro name after @string</source>
        <translation>a macro name after @string</translation>
    </message>
    <message>
        <source>'=' after @string name %1</source>
        <translation>'=' after @string name %1</translation>
    </message>
    <message>
        <source>'%1' closing @string %2</source>
        <translation>'%1' closing @string %2</translation>
    </message>
    <message>
        <source>balanced braces in the value starting on line %1</source>
        <translation>balanced braces in the value starting on line %1</translation>
    </message>
    <message>
        <source>a value for %1 (braces, quotes, a number or a macro)</source>
        <translation>a value for %1 (braces, quotes, a number or a macro)</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>a value for %1</translation>
    </message>
    <message>
        <source>a defined @string macro for %1 ("%2" is not defined)</source>
        <translation>a defined @string macro for %1 ("%2" is not defined)</translation>
    </message>
    <message>
        <source>',' or '%1' in entry %2 (which starts on line %3)</source>
        <translation>',' or '%1' in entry %2 (which starts on line %3)</translation>
    </message>
    <message>
        <source>a field name in entry %1</source>
        <translation>a field name in entry %1</translation>
    </message>
    <message>
        <source>'=' after field %1 in entry %2</source>
        <translation>'=' after field %1 in entry %2</translation>
    </message>
    <message>
        <source>the file ends inside this record; expected an "%1" line closing it</source>
        <translation>the file ends inside this record; expected an "%1" line closing it</translation>
    </message>
    <message>
        <source>this record has no "%1" line before the next record (line %2)</source>
        <translation>this record has no "%1" line before the next record (line %2)</translation>
    </message>
    <message>
        <source>the record holds nothing but its type</source>
        <translation>the record holds nothing but its type</translation>
    </message>
    <message>
        <source>a record without a "%1" line (its type)</source>
        <translation>a record without a "%1" line (its type)</translation>
    </message>
    <message>
        <source>text that is not %1</source>
        <translation>text that is not %1</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>item %1 is not an object</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>item %1: %2</translation>
    </message>
    <message>
        <source>item %1 has no title</source>
        <translation>item %1 has no title</translation>
    </message>
    <message>
        <source>Not a valid CSL item: %1.</source>
        <translation>Not a valid CSL item: %1.</translation>
    </message>
    <message>
        <source>variable "%1": %2</source>
        <translation>variable "%1": %2</translation>
    </message>
    <message>
        <source>a CSL item type is required</source>
        <translation>a CSL item type is required</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>a title is required</translation>
    </message>
    <message>
        <source>"%1" is not a CSL item type</source>
        <translation>"%1" is not a CSL item type</translation>
    </message>
    <message>
        <source>the extension must be an object</source>
        <translation>the extension must be an object</translation>
    </message>
    <message>
        <source>not a CSL 1.0.2 variable</source>
        <translation>not a CSL 1.0.2 variable</translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation>expected a string or a number</translation>
    </message>
    <message>
        <source>expected an array of names</source>
        <translation>expected an array of names</translation>
    </message>
    <message>
        <source>each name must be an object</source>
        <translation>each name must be an object</translation>
    </message>
    <message>
        <source>a name has the unknown part "%1"</source>
        <translation>a name has the unknown part "%1"</translation>
    </message>
    <message>
        <source>the name part "%1" must be a string</source>
        <translation>the name part "%1" must be a string</translation>
    </message>
    <message>
        <source>each name needs a "family" or a "literal"</source>
        <translation>each name needs a "family" or a "literal"</translation>
    </message>
    <message>
        <source>a date must be an object with "date-parts" or "literal"</source>
        <translation>a date must be an object with "date-parts" or "literal"</translation>
    </message>
    <message>
        <source>a date has the unknown part "%1"</source>
        <translation>a date has the unknown part "%1"</translation>
    </message>
    <message>
        <source>"date-parts" must hold one date or a range of two</source>
        <translation>"date-parts" must hold one date or a range of two</translation>
    </message>
    <message>
        <source>date parts must be numbers</source>
        <translation>date parts must be numbers</translation>
    </message>
    <message>
        <source>a date needs "date-parts", "literal" or "raw"</source>
        <translation>a date needs "date-parts", "literal" or "raw"</translation>
    </message>
    <message>
        <source>"%1" of a date must be a string</source>
        <translation>"%1" of a date must be a string</translation>
    </message>
    <message>
        <source>expected CSL-JSON, but the JSON is malformed: %1</source>
        <translation>expected CSL-JSON, but the JSON is malformed: %1</translation>
    </message>
    <message>
        <source>expected a JSON array of CSL items</source>
        <translation>expected a JSON array of CSL items</translation>
    </message>
    <message>
        <source>%1:%2, field "%3": %4.</source>
        <translation>%1:%2, field "%3": %4.</translation>
    </message>
    <message>
        <source>%1:%2: %3.</source>
        <translation>%1:%2: %3.</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>the line is not valid UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON at column %1 (%2)</source>
        <translation>invalid JSON at column %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>the first line must be the header {"format":"plenum-kb","version":2}</source>
        <translation>the first line must be the header {"format":"plenum-kb","version":2}</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this Plenum reads versions 1 to %2)</source>
        <translation>unsupported format version %1 (this Plenum reads versions 1 to %2)</translation>
    </message>
    <message>
        <source>the file is empty; a plenum-kb file starts with its header line</source>
        <translation>the file is empty; a plenum-kb file starts with its header line</translation>
    </message>
    <message>
        <source>a value is required when %1 is given</source>
        <translation>a value is required when %1 is given</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>unknown record type "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a valid ID</source>
        <translation>"%1" is not a valid ID</translation>
    </message>
    <message>
        <source>unknown field for a %1</source>
        <translation>unknown field for a %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>expected a non-empty string</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>expected an array of strings</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected an object with "text" and "lang"</source>
        <translation>expected an object with "text" and "lang"</translation>
    </message>
    <message>
        <source>expected "en" or "zh"</source>
        <translation>expected "en" or "zh"</translation>
    </message>
    <message>
        <source>expected an object with "relation" and "target"</source>
        <translation>expected an object with "relation" and "target"</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>unknown relation "%1"</source>
        <translation>unknown relation "%1"</translation>
    </message>
    <message>
        <source>an item cannot link to itself</source>
        <translation>an item cannot link to itself</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected [start, end], whole numbers with start &lt;= end</source>
        <translation>expected [start, end], whole numbers with start &lt;= end</translation>
    </message>
    <message>
        <source>expected the reference's CSL item (an object)</source>
        <translation>expected the reference's CSL item (an object)</translation>
    </message>
    <message>
        <source>%1 appears more than once</source>
        <translation>%1 appears more than once</translation>
    </message>
    <message>
        <source>no item with ID %1</source>
        <translation>no item with ID %1</translation>
    </message>
    <message>
        <source>no document with ID %1</source>
        <translation>no document with ID %1</translation>
    </message>
    <message>
        <source>Cannot read %1: No such file or directory.</source>
        <translation>Cannot read %1: No such file or directory.</translation>
    </message>
    <message>
        <source>%1 is a folder; expected a file to import.</source>
        <translation>%1 is a folder; expected a file to import.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, socket or device); expected a file to import.</source>
        <translation>%1 is not a regular file (a FIFO, socket or device); expected a file to import.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Cannot render citations with %1: %2.</source>
        <translation>Cannot render citations with %1: %2.</translation>
    </message>
    <message>
        <source>the citeproc package is not installed (run make deps)</source>
        <translation>the citeproc package is not installed (run make deps)</translation>
    </message>
    <message>
        <source>the style %1 could not be applied: %2</source>
        <translation>the style %1 could not be applied: %2</translation>
    </message>
    <message>
        <source>the request is not JSON: %1</source>
        <translation>the request is not JSON: %1</translation>
    </message>
    <message>
        <source>Cannot render citations: node (Debian package nodejs) is not installed; run make deps.</source>
        <translation>Cannot render citations: node (Debian package nodejs) is not installed; run make deps.</translation>
    </message>
    <message>
        <source>Cannot start node to render citations: %1.</source>
        <translation>Cannot start node to render citations: %1.</translation>
    </message>
    <message>
        <source>The citation engine (%1) failed: %2</source>
        <translation>The citation engine (%1) failed: %2</translation>
    </message>
    <message>
        <source>No readable CSL style file at %1.</source>
        <translation>No readable CSL style file at %1.</translation>
    </message>
    <message>
        <source>heading "%1" has no number; kept as a top-level section</source>
        <translation>heading "%1" has no number; kept as a top-level section</translation>
    </message>
    <message>
        <source>text in the reference list before the first [n] entry: "%1"</source>
        <translation>text in the reference list before the first [n] entry: "%1"</translation>
    </message>
    <message>
        <source>reference number [%1] appears twice in the list</source>
        <translation>reference number [%1] appears twice in the list</translation>
    </message>
    <message>
        <source>citation marker [%1] in %2 has no entry in the reference list</source>
        <translation>citation marker [%1] in %2 has no entry in the reference list</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scanned PDF?): only its metadata was imported, no paragraphs. Run OCR on it and import it again to get its text.</source>
        <translation>%1 has no text layer (a scanned PDF?): only its metadata was imported, no paragraphs. Run OCR on it and import it again to get its text.</translation>
    </message>
    <message>
        <source>word/document.xml: %1 (the text after it was not read)</source>
        <translation>word/document.xml: %1 (the text after it was not read)</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was written.</source>
        <translation>Cannot write %1: %2; nothing was written.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; exports never write through links. Remove it or choose another file name.</source>
        <translation>%1 is a symbolic link; exports never write through links. Remove it or choose another file name.</translation>
    </message>
    <message>
        <source>%1 is a folder; expected the name of a file to write.</source>
        <translation>%1 is a folder; expected the name of a file to write.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, socket or device); expected the name of a file to write.</source>
        <translation>%1 is not a regular file (a FIFO, socket or device); expected the name of a file to write.</translation>
    </message>
    <message>
        <source>Cannot start pandoc: %1.</source>
        <translation>Cannot start pandoc: %1.</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 is on read-only media.</source>
        <translation>Cannot back up %1: %2 is on read-only media.</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: the disk is full (%3 free, %4 needed).</source>
        <translation>Cannot back up %1 to %2: the disk is full (%3 free, %4 needed).</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 is a file, not a folder.</source>
        <translation>Cannot back up %1: %2 is a file, not a folder.</translation>
    </message>
    <message>
        <source>Cannot back up %1: the folder %2 cannot be created (%3).</source>
        <translation>Cannot back up %1: the folder %2 cannot be created (%3).</translation>
    </message>
    <message>
        <source>Cannot back up %1: the folder %2 cannot be created.</source>
        <translation>Cannot back up %1: the folder %2 cannot be created.</translation>
    </message>
    <message>
        <source>The backup interval must be 0 (off) or a number of hours.</source>
        <translation>The backup interval must be 0 (off) or a number of hours.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>At least one backup must be kept.</translation>
    </message>
    <message>
        <source>Cannot restore %1: the file or its folder is read-only.</source>
        <translation>Cannot restore %1: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>Indexing %1 was cancelled.</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>Cannot create the attachments folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the attachment %1: %2.</source>
        <translation>Cannot write the attachment %1: %2.</translation>
    </message>
    <message>
        <source>The team server %1 did not answer for %2 s (connecting), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</source>
        <translation>The team server %1 did not answer for %2 s (connecting), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</translation>
    </message>
    <message>
        <source>The team server %1 did not answer for %2 s (sending a request), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</source>
        <translation>The team server %1 did not answer for %2 s (sending a request), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</translation>
    </message>
    <message>
        <source>The team server %1 did not answer for %2 s (waiting for an answer), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</source>
        <translation>The team server %1 did not answer for %2 s (waiting for an answer), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</translation>
    </message>
    <message>
        <source>The sync with the team server %1 was stopped. Nothing was lost: the next sync goes on from there.</source>
        <translation>The sync with the team server %1 was stopped. Nothing was lost: the next sync goes on from there.</translation>
    </message>
    <message>
        <source>could not read "%1"</source>
        <translation>could not read "%1"</translation>
    </message>
    <message>
        <source>no year in parentheses after the authors</source>
        <translation>no year in parentheses after the authors</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>no title</translation>
    </message>
    <message>
        <source>no authors</source>
        <translation>no authors</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>no year</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Plenum was asked for something it cannot do.</source>
        <translation>Plenum was asked for something it cannot do.</translation>
    </message>
    <message>
        <source>The item, file or folder does not exist.</source>
        <translation>The item, file or folder does not exist.</translation>
    </message>
    <message>
        <source>The data does not follow its format or the rules of the knowledge base.</source>
        <translation>The data does not follow its format or the rules of the knowledge base.</translation>
    </message>
    <message>
        <source>The file system refused: a folder is missing, permission is denied or the disk failed.</source>
        <translation>The file system refused: a folder is missing, permission is denied or the disk failed.</translation>
    </message>
    <message>
        <source>The file is not a Plenum knowledge base.</source>
        <translation>The file is not a Plenum knowledge base.</translation>
    </message>
    <message>
        <source>A newer version of Plenum wrote this knowledge base; update Plenum to open it.</source>
        <translation>A newer version of Plenum wrote this knowledge base; update Plenum to open it.</translation>
    </message>
    <message>
        <source>Another program is using the knowledge base; try again when it has finished.</source>
        <translation>Another program is using the knowledge base; try again when it has finished.</translation>
    </message>
    <message>
        <source>The knowledge base or its folder cannot be written.</source>
        <translation>The knowledge base or its folder cannot be written.</translation>
    </message>
    <message>
        <source>The knowledge base file is damaged. Close Plenum and restore a backup (plenum-cli restore --latest), or see what is affected with plenum-cli check.</source>
        <translation>The knowledge base file is damaged. Close Plenum and restore a backup (plenum-cli restore --latest), or see what is affected with plenum-cli check.</translation>
    </message>
    <message>
        <source>The change conflicts with another edit or with a rule that names must be unique.</source>
        <translation>The change conflicts with another edit or with a rule that names must be unique.</translation>
    </message>
    <message>
        <source>The work was stopped.</source>
        <translation>The work was stopped.</translation>
    </message>
    <message>
        <source>The database failed unexpectedly.</source>
        <translation>The database failed unexpectedly.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Start (YYYY-MM-DD)</source>
        <translation>Start (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>End (YYYY-MM-DD)</source>
        <translation>End (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Summary (Chinese)</source>
        <translation>Summary (Chinese)</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>Summary (English)</translation>
    </message>
    <message>
        <source>Definition (Chinese)</source>
        <translation>Definition (Chinese)</translation>
    </message>
    <message>
        <source>Definition (English)</source>
        <translation>Definition (English)</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>Title (Chinese)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authors (; between)</source>
        <translation>Authors (; between)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Keywords (; between)</source>
        <translation>Keywords (; between)</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Published in</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Citation key</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Where in it</source>
        <translation>Where in it</translation>
    </message>
    <message>
        <source>Claim check</source>
        <translation>Claim check</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence source</source>
        <translation>Evidence source</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Written in</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Date (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Genre (e.g. PhD thesis)</source>
        <translation>Genre (e.g. PhD thesis)</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Claim check</source>
        <translation>Claim check</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Broader concepts</source>
        <translation>Broader concepts</translation>
    </message>
    <message>
        <source>Narrower concepts</source>
        <translation>Narrower concepts</translation>
    </message>
    <message>
        <source>Related concepts</source>
        <translation>Related concepts</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Concepts introduced or reshaped</source>
        <translation>Concepts introduced or reshaped</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Plenum linked this automatically; reject it if it is not a mention</source>
        <translation>Plenum linked this automatically; reject it if it is not a mention</translation>
    </message>
    <message>
        <source>✕ not a mention</source>
        <translation>✕ not a mention</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>Citation key</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Published in</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mentioned in documents</source>
        <translation>Mentioned in documents</translation>
    </message>
    <message>
        <source>Mentioned in statements</source>
        <translation>Mentioned in statements</translation>
    </message>
    <message>
        <source>Mentioned in notes</source>
        <translation>Mentioned in notes</translation>
    </message>
    <message>
        <source>Linked from concepts</source>
        <translation>Linked from concepts</translation>
    </message>
    <message>
        <source>Linked from milestones</source>
        <translation>Linked from milestones</translation>
    </message>
    <message>
        <source>Linked from references</source>
        <translation>Linked from references</translation>
    </message>
    <message>
        <source>%1 items link here; the first %2 are listed.</source>
        <translation>%1 items link here; the first %2 are listed.</translation>
    </message>
    <message>
        <source>Search them all</source>
        <translation>Search them all</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Accessed</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Remove this link</translation>
    </message>
    <message>
        <source>✕ remove</source>
        <translation>✕ remove</translation>
    </message>
    <message>
        <source>Dates unknown</source>
        <translation>Dates unknown</translation>
    </message>
    <message>
        <source>dates disputed</source>
        <translation>dates disputed</translation>
    </message>
    <message>
        <source>dates unverified</source>
        <translation>dates unverified</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>National Party Congress</source>
        <translation>National Party Congress</translation>
    </message>
    <message>
        <source>Central Committee plenary session</source>
        <translation>Central Committee plenary session</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>paraphrase</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>quotation</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>claim</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistic</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation>communiqué</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposal</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>partly inconsistent</source>
        <translation>partly inconsistent</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>regulation</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>journal article</source>
        <translation>journal article</translation>
    </message>
    <message>
        <source>newspaper article</source>
        <translation>newspaper article</translation>
    </message>
    <message>
        <source>magazine article</source>
        <translation>magazine article</translation>
    </message>
    <message>
        <source>book</source>
        <translation>book</translation>
    </message>
    <message>
        <source>book chapter</source>
        <translation>book chapter</translation>
    </message>
    <message>
        <source>conference paper</source>
        <translation>conference paper</translation>
    </message>
    <message>
        <source>thesis</source>
        <translation>thesis</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>web page</translation>
    </message>
    <message>
        <source>law or regulation</source>
        <translation>law or regulation</translation>
    </message>
    <message>
        <source>manuscript</source>
        <translation>manuscript</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>mentions</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>cites</translation>
    </message>
    <message>
        <source>defines</source>
        <translation>defines</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>supports</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradicts</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>related to</translation>
    </message>
    <message>
        <source>broader concept</source>
        <translation>broader concept</translation>
    </message>
    <message>
        <source>narrower concept</source>
        <translation>narrower concept</translation>
    </message>
    <message>
        <source>first appears in</source>
        <translation>first appears in</translation>
    </message>
    <message>
        <source>reshaped by</source>
        <translation>reshaped by</translation>
    </message>
    <message>
        <source>adopted at</source>
        <translation>adopted at</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>duplicate of</translation>
    </message>
</context>
<context>
    <name>NoteCompletion</name>
    <message>
        <source>%1 et al.</source>
        <translation>%1 et al.</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1  — %2</source>
        <translation>%1  — %2</translation>
    </message>
    <message>
        <source>  · also %1</source>
        <translation>  · also %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Cannot write the screenshot %1.</translation>
    </message>
    <message>
        <source>%1 Congress</source>
        <translation>%1 Congress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation>Cannot open the knowledge base</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1 Central Committee</source>
        <translation>%1 Central Committee</translation>
    </message>
    <message>
        <source>%1 CC</source>
        <translation>%1 CC</translation>
    </message>
    <message>
        <source>%1 Plenum</source>
        <translation>%1 Plenum</translation>
    </message>
    <message>
        <source>%1 Pl.</source>
        <translation>%1 Pl.</translation>
    </message>
</context>
<context>
    <name>ResolveConflictCommand</name>
    <message>
        <source>Resolve the team library conflict on “%1”</source>
        <translation>Resolve the team library conflict on “%1”</translation>
    </message>
    <message>
        <source>Cannot redo the choice for %1</source>
        <translation>Cannot redo the choice for %1</translation>
    </message>
    <message>
        <source>The chosen value of %1 is back as a local change; the next sync sends it.</source>
        <translation>The chosen value of %1 is back as a local change; the next sync sends it.</translation>
    </message>
    <message>
        <source>Cannot undo the choice for %1</source>
        <translation>Cannot undo the choice for %1</translation>
    </message>
    <message>
        <source>The conflict on %1 is listed again.</source>
        <translation>The conflict on %1 is listed again.</translation>
    </message>
    <message>
        <source>A sync already took the choice for %1: its previous value is back as a local change, which the next sync sends; the conflict is not listed again.</source>
        <translation>A sync already took the choice for %1: its previous value is back as a local change, which the next sync sends; the conflict is not listed again.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Social organizations</source>
        <translation>Social organizations</translation>
    </message>
    <message>
        <source>Internet users</source>
        <translation>Internet users</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Social groups</source>
        <translation>Social groups</translation>
    </message>
    <message>
        <source>Private non-enterprise units</source>
        <translation>Private non-enterprise units</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Foundations</translation>
    </message>
    <message>
        <source>Penetration rate</source>
        <translation>Penetration rate</translation>
    </message>
    <message>
        <source>%1 (as cited in %2)</source>
        <translation>%1 (as cited in %2)</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizations</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>billions of %1</source>
        <translation>billions of %1</translation>
    </message>
    <message>
        <source>millions of %1</source>
        <translation>millions of %1</translation>
    </message>
    <message>
        <source>thousands of %1</source>
        <translation>thousands of %1</translation>
    </message>
</context>
<context>
    <name>StyleChoices</name>
    <message>
        <source>%1 (your style)</source>
        <translation>%1 (your style)</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>The team server refused: the name, password or role does not allow it.</source>
        <translation>The team server refused: the name, password or role does not allow it.</translation>
    </message>
    <message>
        <source>The team server cannot be reached, or the connection broke.</source>
        <translation>The team server cannot be reached, or the connection broke.</translation>
    </message>
    <message>
        <source>The team server has no such library, member or item.</source>
        <translation>The team server has no such library, member or item.</translation>
    </message>
    <message>
        <source>The team server does not take this URL or request.</source>
        <translation>The team server does not take this URL or request.</translation>
    </message>
    <message>
        <source>The team server sent data that Plenum does not accept.</source>
        <translation>The team server sent data that Plenum does not accept.</translation>
    </message>
    <message>
        <source>The change collides with one already on the team server.</source>
        <translation>The change collides with one already on the team server.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit note “%1”</source>
        <translation>Edit note “%1”</translation>
    </message>
    <message>
        <source>New note “%1”</source>
        <translation>New note “%1”</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>Cannot save the note</translation>
    </message>
    <message>
        <source>Cannot undo the note edit</source>
        <translation>Cannot undo the note edit</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>Cannot delete the item</translation>
    </message>
    <message>
        <source>Cannot restore the item</source>
        <translation>Cannot restore the item</translation>
    </message>
    <message numerus="yes">
        <source>Link %n mention(s) of %1</source>
        <translation><numerusform>Link %n mention of %1</numerusform><numerusform>Link %n mentions of %1</numerusform></translation>
    </message>
    <message>
        <source>Cannot link the mentions</source>
        <translation>Cannot link the mentions</translation>
    </message>
    <message>
        <source>Cannot undo the linking</source>
        <translation>Cannot undo the linking</translation>
    </message>
    <message>
        <source>Reject an automatic link to %1</source>
        <translation>Reject an automatic link to %1</translation>
    </message>
    <message>
        <source>Cannot reject the link</source>
        <translation>Cannot reject the link</translation>
    </message>
    <message>
        <source>Cannot undo the rejection</source>
        <translation>Cannot undo the rejection</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <source>Cannot merge the references</source>
        <translation>Cannot merge the references</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>Cannot undo the merge</translation>
    </message>
    <message>
        <source>Cannot show the change to %1</source>
        <translation>Cannot show the change to %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>New %1 “%2”</source>
        <translation>New %1 “%2”</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Cannot save %1</translation>
    </message>
    <message>
        <source>Cannot undo the edit of %1</source>
        <translation>Cannot undo the edit of %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>Cannot undo the creation of %1</source>
        <translation>Cannot undo the creation of %1</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>Link “%1” to “%2”</translation>
    </message>
    <message>
        <source>Cannot add the link</source>
        <translation>Cannot add the link</translation>
    </message>
    <message>
        <source>Cannot undo the link</source>
        <translation>Cannot undo the link</translation>
    </message>
    <message>
        <source>Remove the link from “%1” to “%2”</source>
        <translation>Remove the link from “%1” to “%2”</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>Cannot remove the link</translation>
    </message>
    <message>
        <source>Cannot put the link back</source>
        <translation>Cannot put the link back</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>Add “%1” to “%2”</translation>
    </message>
    <message>
        <source>Take “%1” out of “%2”</source>
        <translation>Take “%1” out of “%2”</translation>
    </message>
    <message>
        <source>Cannot change the collection</source>
        <translation>Cannot change the collection</translation>
    </message>
    <message>
        <source>New collection “%1”</source>
        <translation>New collection “%1”</translation>
    </message>
    <message>
        <source>Delete collection “%1”</source>
        <translation>Delete collection “%1”</translation>
    </message>
    <message>
        <source>Cannot make the collection “%1”</source>
        <translation>Cannot make the collection “%1”</translation>
    </message>
    <message>
        <source>Cannot delete the collection “%1”</source>
        <translation>Cannot delete the collection “%1”</translation>
    </message>
</context>
<context>
    <name>plenum::reader</name>
    <message>
        <source>The PDF %1 is not there (or has changed).</source>
        <translation>The PDF %1 is not there (or has changed).</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a PDF.</source>
        <translation>%1 cannot be opened as a PDF.</translation>
    </message>
</context>
<context>
    <name>plenum::reader::ReaderPane</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Highlight colour</translation>
    </message>
    <message>
        <source>The colour of the next quote's highlight (Ctrl+Shift+H)</source>
        <translation>The colour of the next quote's highlight (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Comment on the quote</source>
        <translation>Comment on the quote</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Cannot quote the selection</source>
        <translation>Cannot quote the selection</translation>
    </message>
    <message>
        <source>Make the selected passage a statement of this document, with its page</source>
        <translation>Make the selected passage a statement of this document, with its page</translation>
    </message>
    <message>
        <source>Import the PDF's annotations</source>
        <translation>Import the PDF's annotations</translation>
    </message>
    <message>
        <source>Cannot import the PDF's annotations</source>
        <translation>Cannot import the PDF's annotations</translation>
    </message>
    <message>
        <source>Bring in the highlights and notes made on this PDF in Okular, Zotero or Acrobat; each highlight becomes a quote</source>
        <translation>Bring in the highlights and notes made on this PDF in Okular, Zotero or Acrobat; each highlight becomes a quote</translation>
    </message>
    <message>
        <source>%1 has no PDF attached.</source>
        <translation>%1 has no PDF attached.</translation>
    </message>
    <message>
        <source>The PDF of %1 is missing: %2 is not there (or has changed).</source>
        <translation>The PDF of %1 is missing: %2 is not there (or has changed).</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a PDF.</source>
        <translation>%1 cannot be opened as a PDF.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::AuthorListEditor</name>
    <message>
        <source>Organisation or name kept as written</source>
        <translation>Organisation or name kept as written</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Add Author</source>
        <translation>Add Author</translation>
    </message>
    <message>
        <source>Remove Author</source>
        <translation>Remove Author</translation>
    </message>
    <message>
        <source>(new author)</source>
        <translation>(new author)</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <source>Add Editor</source>
        <translation>Add Editor</translation>
    </message>
    <message>
        <source>Remove Editor</source>
        <translation>Remove Editor</translation>
    </message>
    <message>
        <source>(new editor)</source>
        <translation>(new editor)</translation>
    </message>
</context>
<context>
    <name>plenum::ui::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>Back Up &amp;Now</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <source>Cannot save the backup settings</source>
        <translation>Cannot save the backup settings</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before a large import</source>
        <translation>before a large import</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>before a merge</translation>
    </message>
    <message>
        <source>before a restore (undo)</source>
        <translation>before a restore (undo)</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>damaged file set aside</translation>
    </message>
    <message>
        <source>before upgrading to schema %1</source>
        <translation>before upgrading to schema %1</translation>
    </message>
    <message>
        <source>%1 milestones, %2 concepts, %3 statements, %4 references and %5 notes</source>
        <translation>%1 milestones, %2 concepts, %3 statements, %4 references and %5 notes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Undo Restore</source>
        <translation>&amp;Undo Restore</translation>
    </message>
    <message>
        <source>On the first open of each day</source>
        <translation>On the first open of each day</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation><numerusform>Every hour</numerusform><numerusform>Every %n hours</numerusform></translation>
    </message>
    <message>
        <source>Off (only before upgrades, large imports and restores)</source>
        <translation>Off (only before upgrades, large imports and restores)</translation>
    </message>
    <message numerus="yes">
        <source> backups, and one a week for %n week(s)</source>
        <translation><numerusform> backups, and one a week for %n week</numerusform><numerusform> backups, and one a week for %n weeks</numerusform></translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>Automatic &amp;backups:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>Replace the open knowledge base by the backup of %1 (%2, %3)?</source>
        <translation>Replace the open knowledge base by the backup of %1 (%2, %3)?</translation>
    </message>
    <message>
        <source>It holds %1. The current knowledge base is saved as a backup first, so you can undo the restore.</source>
        <translation>It holds %1. The current knowledge base is saved as a backup first, so you can undo the restore.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored %1. What it replaced was saved as %2.</source>
        <translation>Restored %1. What it replaced was saved as %2.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>Undone: the knowledge base is back as it was before the restore (%1).</source>
        <translation>Undone: the knowledge base is back as it was before the restore (%1).</translation>
    </message>
</context>
<context>
    <name>plenum::ui::BackupScheduler</name>
    <message>
        <source>Backing up… %1%</source>
        <translation>Backing up… %1%</translation>
    </message>
    <message>
        <source>Cannot back up the knowledge base</source>
        <translation>Cannot back up the knowledge base</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::CollectionsPanel</name>
    <message>
        <source>Collections and saved searches</source>
        <translation>Collections and saved searches</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>New Collection…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Save Search…</translation>
    </message>
    <message>
        <source>Keep the query in the search field under a name</source>
        <translation>Keep the query in the search field under a name</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
</context>
<context>
    <name>plenum::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Type to find an action…</source>
        <translation>Type to find an action…</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>Find an action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ConceptTreeModel</name>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
</context>
<context>
    <name>plenum::ui::EditActions</name>
    <message>
        <source>Plenum</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>Add to Collection</translation>
    </message>
    <message>
        <source>Collection (choose, or type a new name):</source>
        <translation>Collection (choose, or type a new name):</translation>
    </message>
    <message>
        <source>Cannot complete “%1”</source>
        <translation>Cannot complete “%1”</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translation>New &amp;Item</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Statement</translation>
    </message>
    <message>
        <source>&amp;Concept</source>
        <translation>&amp;Concept</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>&amp;Milestone (local event)</source>
        <translation>&amp;Milestone (local event)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>Edit &amp;Item</source>
        <translation>Edit &amp;Item</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>Add &amp;Link…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Add to &amp;Collection…</source>
        <translation>Add to &amp;Collection…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>New Statement from Se&amp;lection</source>
        <translation>New Statement from Se&amp;lection</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>Cannot delete the item</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>Cannot remove the link</translation>
    </message>
    <message>
        <source>Cannot make the collection</source>
        <translation>Cannot make the collection</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Cannot save the search</translation>
    </message>
    <message>
        <source>Cannot change the collection</source>
        <translation>Cannot change the collection</translation>
    </message>
    <message>
        <source>Cannot delete the collection</source>
        <translation>Cannot delete the collection</translation>
    </message>
    <message>
        <source>Delete the collection “%1”?</source>
        <translation>Delete the collection “%1”?</translation>
    </message>
    <message>
        <source>Its items stay in the knowledge base.</source>
        <translation>Its items stay in the knowledge base.</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>Cannot delete the saved search</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Cannot save %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>It has %n link(s) to or from other items; they go with it. Edit ▸ Undo brings both back.</source>
        <translation><numerusform>It has %n link to or from other items; it goes with it. Edit ▸ Undo brings both back.</numerusform><numerusform>It has %n links to or from other items; they go with it. Edit ▸ Undo brings both back.</numerusform></translation>
    </message>
    <message>
        <source>Cannot add the link</source>
        <translation>Cannot add the link</translation>
    </message>
    <message>
        <source>Cannot add to the collection “%1”</source>
        <translation>Cannot add to the collection “%1”</translation>
    </message>
    <message>
        <source>Cannot make a statement from the selection</source>
        <translation>Cannot make a statement from the selection</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>New Collection</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Name of the collection:</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Type a search first, then save it.</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Save Search</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>Name for “%1”:</translation>
    </message>
</context>
<context>
    <name>plenum::ui::GraphPanel</name>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Depth:</translation>
    </message>
    <message>
        <source>Click to open · double-click to centre · wheel to zoom · drag to pan</source>
        <translation>Click to open · double-click to centre · wheel to zoom · drag to pan</translation>
    </message>
    <message>
        <source>Cannot show the links of %1</source>
        <translation>Cannot show the links of %1</translation>
    </message>
    <message>
        <source>Find in graph</source>
        <translation>Find in graph</translation>
    </message>
    <message>
        <source>&amp;Types</source>
        <translation>&amp;Types</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Relations</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the graph to the view (Home)</source>
        <translation>Fit the graph to the view (Home)</translation>
    </message>
</context>
<context>
    <name>plenum::ui::GraphView</name>
    <message>
        <source>Link graph</source>
        <translation>Link graph</translation>
    </message>
    <message>
        <source>Open an item to see its links as a graph.</source>
        <translation>Open an item to see its links as a graph.</translation>
    </message>
    <message>
        <source>Showing the first %1 items</source>
        <translation>Showing the first %1 items</translation>
    </message>
</context>
<context>
    <name>plenum::ui::Help</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Plenum user guide</source>
        <translation>Plenum user guide</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>%1 records in %2: %3 new, %4 already in the knowledge base (they only fill in what it lacks), %5 that cannot be read. Nothing is written until you choose Import.</source>
        <translation>%1 records in %2: %3 new, %4 already in the knowledge base (they only fill in what it lacks), %5 that cannot be read. Nothing is written until you choose Import.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Will be</translation>
    </message>
    <message>
        <source>Fields not understood</source>
        <translation>Fields not understood</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>Records to import</translation>
    </message>
    <message>
        <source>Records that cannot be read</source>
        <translation>Records that cannot be read</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Skipped (the other records are imported):</source>
        <translation>Skipped (the other records are imported):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Already here: merged</source>
        <translation>Already here: merged</translation>
    </message>
    <message>
        <source>The same work as “%1”, which keeps its values and takes only the fields it lacks.</source>
        <translation>The same work as “%1”, which keeps its values and takes only the fields it lacks.</translation>
    </message>
    <message>
        <source>New: a possible duplicate</source>
        <translation>New: a possible duplicate</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>It looks like %1; merge them afterwards if they are one work.</source>
        <translation>It looks like %1; merge them afterwards if they are one work.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 records in %2: %3 new, %4 that update the ones imported before, %5 already here unchanged, %6 you edited here (kept as you left them). Nothing is written until you choose Import.</source>
        <translation>%1 records in %2: %3 new, %4 that update the ones imported before, %5 already here unchanged, %6 you edited here (kept as you left them). Nothing is written until you choose Import.</translation>
    </message>
    <message>
        <source>Updates the stored one</source>
        <translation>Updates the stored one</translation>
    </message>
    <message>
        <source>Stored as imported before and not edited since: this file's version replaces it.</source>
        <translation>Stored as imported before and not edited since: this file's version replaces it.</translation>
    </message>
    <message>
        <source>Already here: unchanged</source>
        <translation>Already here: unchanged</translation>
    </message>
    <message>
        <source>Kept as you edited it</source>
        <translation>Kept as you edited it</translation>
    </message>
    <message>
        <source>You changed it after it was imported; your version stays and this file's is not written.</source>
        <translation>You changed it after it was imported; your version stays and this file's is not written.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Creates the document “%1”.</source>
        <translation>Creates the document “%1”.</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Authors: %1</translation>
    </message>
    <message>
        <source>Affiliation: %1</source>
        <translation>Affiliation: %1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message>
        <source>DOI: %1</source>
        <translation>DOI: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>Document number: %1</translation>
    </message>
    <message>
        <source>Adopted by: %1</source>
        <translation>Adopted by: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <source>Statements (quotations): %1 paragraphs or parts, %2 figure captions; %3 citation markers, %4 of them linked.</source>
        <translation>Statements (quotations): %1 paragraphs or parts, %2 figure captions; %3 citation markers, %4 of them linked.</translation>
    </message>
    <message>
        <source>Its reference list: %1 new references, %2 already in the knowledge base.</source>
        <translation>Its reference list: %1 new references, %2 already in the knowledge base.</translation>
    </message>
    <message>
        <source>Not understood, line %1: %2</source>
        <translation>Not understood, line %1: %2</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>Not understood: %1</translation>
    </message>
    <message>
        <source>Reference [%1], line %2: %3</source>
        <translation>Reference [%1], line %2: %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>plenum::ui::ItemEditor</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Save (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(not checked)</translation>
    </message>
    <message>
        <source>Also known as (Chinese, ; between)</source>
        <translation>Also known as (Chinese, ; between)</translation>
    </message>
    <message>
        <source>Also known as (English, ; between)</source>
        <translation>Also known as (English, ; between)</translation>
    </message>
    <message>
        <source>Tags (, between)</source>
        <translation>Tags (, between)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>Edit %1 “%2”</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>Cannot save yet: %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ItemPage</name>
    <message>
        <source>%1 was deleted. Edit ▸ Undo brings it back.</source>
        <translation>%1 was deleted. Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>Cannot show %1</translation>
    </message>
    <message>
        <source>Unlinked mentions</source>
        <translation>Unlinked mentions</translation>
    </message>
    <message>
        <source>Find where this is named without a link</source>
        <translation>Find where this is named without a link</translation>
    </message>
    <message>
        <source>None: every mention is linked.</source>
        <translation>None: every mention is linked.</translation>
    </message>
    <message numerus="yes">
        <source>Link all %n</source>
        <translation><numerusform>Link it</numerusform><numerusform>Link all %n</numerusform></translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>merge into this one</source>
        <translation>merge into this one</translation>
    </message>
    <message>
        <source>Cannot look for mentions of %1</source>
        <translation>Cannot look for mentions of %1</translation>
    </message>
    <message>
        <source>Cannot follow the link</source>
        <translation>Cannot follow the link</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Add link</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cannot edit %1</source>
        <translation>Cannot edit %1</translation>
    </message>
    <message>
        <source>Cannot make a new item</source>
        <translation>Cannot make a new item</translation>
    </message>
    <message>
        <source>New Statement from Selection</source>
        <translation>New Statement from Selection</translation>
    </message>
    <message>
        <source>Open the PDF at page %1</source>
        <translation>Open the PDF at page %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>copied beside the knowledge base</source>
        <translation>copied beside the knowledge base</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Reader — %1</source>
        <translation>Reader — %1</translation>
    </message>
    <message>
        <source>Cannot open the PDF of %1</source>
        <translation>Cannot open the PDF of %1</translation>
    </message>
    <message>
        <source>the same DOI</source>
        <translation>the same DOI</translation>
    </message>
    <message>
        <source>same title, year and first author</source>
        <translation>same title, year and first author</translation>
    </message>
</context>
<context>
    <name>plenum::ui::LinkDialog</name>
    <message>
        <source>Add Link</source>
        <translation>Add Link</translation>
    </message>
    <message>
        <source>ID, alias or name</source>
        <translation>ID, alias or name</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No item has the ID, alias or name “%1”.</source>
        <translation>No item has the ID, alias or name “%1”.</translation>
    </message>
    <message>
        <source>An item cannot link to itself.</source>
        <translation>An item cannot link to itself.</translation>
    </message>
</context>
<context>
    <name>plenum::ui::MainActions</name>
    <message>
        <source>Cannot complete “%1”</source>
        <translation>Cannot complete “%1”</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New &amp;Knowledge Base…</source>
        <translation>New &amp;Knowledge Base…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>&amp;Open Knowledge Base…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Rebuild &amp;Search Index</source>
        <translation>Rebuild &amp;Search Index</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>This &amp;Note…</source>
        <translation>This &amp;Note…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;All Notes…</source>
        <translation>&amp;All Notes…</translation>
    </message>
    <message>
        <source>&amp;Dossier of This Item…</source>
        <translation>&amp;Dossier of This Item…</translation>
    </message>
    <message>
        <source>&amp;References…</source>
        <translation>&amp;References…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;New Note</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>&amp;Edit Note</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>&amp;Delete Item</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Concepts</source>
        <translation>&amp;Concepts</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Item Page</source>
        <translation>&amp;Item Page</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Item &amp;Page</source>
        <translation>Item &amp;Page</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Link &amp;Graph</source>
        <translation>Link &amp;Graph</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>System Default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Plenum</source>
        <translation>&amp;About Plenum</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Open Knowledge Base</translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum);;All files (*)</source>
        <translation>Plenum knowledge bases (*.db *.plenum);;All files (*)</translation>
    </message>
    <message>
        <source>New Knowledge Base</source>
        <translation>New Knowledge Base</translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum)</source>
        <translation>Plenum knowledge bases (*.db *.plenum)</translation>
    </message>
    <message>
        <source>Cannot create the knowledge base</source>
        <translation>Cannot create the knowledge base</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 already exists; open it instead, or choose a new name.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The new interface language takes effect when Plenum starts again. Restart now?</source>
        <translation>The new interface language takes effect when Plenum starts again. Restart now?</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Open a note first; to export every note choose Export ▸ All Notes.</source>
        <translation>Open a note first; to export every note choose Export ▸ All Notes.</translation>
    </message>
    <message>
        <source>About Plenum</source>
        <translation>About Plenum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plenum %1&lt;/h3&gt;&lt;p&gt;A knowledge base for research on Chinese social governance policy: Party milestones, documents, statements, concepts and references, linked.&lt;/p&gt;&lt;p&gt;Knowledge base: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plenum %1&lt;/h3&gt;&lt;p&gt;A knowledge base for research on Chinese social governance policy: Party milestones, documents, statements, concepts and references, linked.&lt;/p&gt;&lt;p&gt;Knowledge base: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Command Palette…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Interface Language</translation>
    </message>
</context>
<context>
    <name>plenum::ui::MainWindow</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>%1 — Plenum</source>
        <translation>%1 — Plenum</translation>
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation>Cannot read the knowledge base</translation>
    </message>
    <message>
        <source>%1 milestones · %2 documents · %3 statements · %4 references · %5 concepts · %6 notes · %7 links</source>
        <translation>%1 milestones · %2 documents · %3 statements · %4 references · %5 concepts · %6 notes · %7 links</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Cannot delete %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written: you can read and search, not change.</source>
        <translation>The file or its folder cannot be written: you can read and search, not change.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1… (%2 s)</source>
        <translation>Waiting for another program to finish writing %1… (%2 s)</translation>
    </message>
    <message>
        <source>%1 is read-only: Plenum opened it for reading.</source>
        <translation>%1 is read-only: Plenum opened it for reading.</translation>
    </message>
    <message>
        <source>Cannot link the mentions</source>
        <translation>Cannot link the mentions</translation>
    </message>
    <message>
        <source>Cannot reject the link</source>
        <translation>Cannot reject the link</translation>
    </message>
    <message>
        <source>Cannot merge the references</source>
        <translation>Cannot merge the references</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>Cannot show %1</translation>
    </message>
    <message>
        <source>Cannot show the change to %1</source>
        <translation>Cannot show the change to %1</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>Cannot save the note</translation>
    </message>
    <message>
        <source>Cannot create a note</source>
        <translation>Cannot create a note</translation>
    </message>
    <message>
        <source>Cannot open the note %1</source>
        <translation>Cannot open the note %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::MilestoneTreeModel</name>
    <message>
        <source>%1 Central Committee · 第%2届中央委员会</source>
        <translation>%1 Central Committee · 第%2届中央委员会</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>dates unknown</source>
        <translation>dates unknown</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NavigatorPanel</name>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Note title</translation>
    </message>
    <message>
        <source>Write in Markdown. Type [[ to link any item by name or alias, [@ to cite a reference.</source>
        <translation>Write in Markdown. Type [[ to link any item by name or alias, [@ to cite a reference.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Links in this note</source>
        <translation>Links in this note</translation>
    </message>
    <message>
        <source>Links and citations</source>
        <translation>Links and citations</translation>
    </message>
    <message>
        <source>? %1 (not found)</source>
        <translation>? %1 (not found)</translation>
    </message>
    <message>
        <source>Cannot read the names to complete</source>
        <translation>Cannot read the names to complete</translation>
    </message>
    <message>
        <source>Cannot look up the links of this note</source>
        <translation>Cannot look up the links of this note</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>Saved state</translation>
    </message>
    <message>
        <source>Citation style state</source>
        <translation>Citation style state</translation>
    </message>
    <message>
        <source>Cannot read when the note was saved</source>
        <translation>Cannot read when the note was saved</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>New note: kept once you write something</source>
        <translation>New note: kept once you write something</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Formatting citations…</source>
        <translation>Formatting citations…</translation>
    </message>
    <message>
        <source>Citations shown as written: %1</source>
        <translation>Citations shown as written: %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteListModel</name>
    <message>
        <source>(untitled note)</source>
        <translation>(untitled note)</translation>
    </message>
    <message>
        <source>%1
created %2 · changed %3</source>
        <translation>%1
created %2 · changed %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteListPanel</name>
    <message>
        <source>New Note</source>
        <translation>New Note</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filter notes</translation>
    </message>
    <message>
        <source>Order of the notes</source>
        <translation>Order of the notes</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>plenum::ui::RecoveryDialog</name>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>milestones</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>statements</translation>
    </message>
    <message>
        <source>references</source>
        <translation>references</translation>
    </message>
    <message>
        <source>concepts</source>
        <translation>concepts</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>aliases</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>links</source>
        <translation>links</translation>
    </message>
    <message>
        <source>change history</source>
        <translation>change history</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>Saved into %1: %2.</source>
        <translation>Saved into %1: %2.</translation>
    </message>
    <message>
        <source>Damaged parts were skipped in: %1.</source>
        <translation>Damaged parts were skipped in: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 rows were left out because what they belong to was lost.</source>
        <translation>%1 rows were left out because what they belong to was lost.</translation>
    </message>
    <message>
        <source>The damaged file was not changed.</source>
        <translation>The damaged file was not changed.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Salvaging…</source>
        <translation>Salvaging…</translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>Salvaged</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>Open Knowledge Base</translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum);;All files (*)</source>
        <translation>Plenum knowledge bases (*.db *.plenum);;All files (*)</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Looking for a good backup…</translation>
    </message>
    <message>
        <source>Cannot recover the knowledge base</source>
        <translation>Cannot recover the knowledge base</translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>Knowledge Base Damaged</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 cannot be opened.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file itself is not changed.</source>
        <translation>Whatever you choose, the damaged file itself is not changed.</translation>
    </message>
    <message>
        <source>There is no good backup of it in %1.</source>
        <translation>There is no good backup of it in %1.</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2, %3) and holds %4.</source>
        <translation>The latest good backup is from %1 (%2, %3) and holds %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n newer backup(s) are damaged too and were passed over.</source>
        <translation><numerusform>%n newer backup is damaged too and was passed over.</numerusform><numerusform>%n newer backups are damaged too and were passed over.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>&amp;Restore This Backup</translation>
    </message>
    <message>
        <source>&amp;Salvage into a New File</source>
        <translation>&amp;Salvage into a New File</translation>
    </message>
    <message>
        <source>Copies what can still be read into a new knowledge base beside the damaged one.</source>
        <translation>Copies what can still be read into a new knowledge base beside the damaged one.</translation>
    </message>
    <message>
        <source>&amp;Open Another Knowledge Base…</source>
        <translation>&amp;Open Another Knowledge Base…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The knowledge base file is damaged.</source>
        <translation>The knowledge base file is damaged.</translation>
    </message>
</context>
<context>
    <name>plenum::ui::SearchPanel</name>
    <message>
        <source>Also search other names (aliases)</source>
        <translation>Also search other names (aliases)</translation>
    </message>
    <message>
        <source>Search 社会治理, "grid management", 十八届三中全会 … (Ctrl+K)</source>
        <translation>Search 社会治理, "grid management", 十八届三中全会 … (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Building the search index… %1%</source>
        <translation>Building the search index… %1%</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <source>Searching counts…</source>
        <translation>Searching counts…</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignored: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); the most relevant and most recent are ranked</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches; the most relevant and most recent are ranked</numerusform></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Central Committee:</source>
        <translation>Central Committee:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Cannot search</source>
        <translation>Cannot search</translation>
    </message>
    <message>
        <source>%1 CC</source>
        <translation>%1 CC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Central Committee</source>
        <translation>Central Committee</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Refine</translation>
    </message>
    <message>
        <source>Narrow the results by type, Central Committee or year</source>
        <translation>Narrow the results by type, Central Committee or year</translation>
    </message>
    <message>
        <source>Also searched for: %1</source>
        <translation>Also searched for: %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Remove filter %1</translation>
    </message>
    <message>
        <source>Also listing what links to %1</source>
        <translation>Also listing what links to %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>System size</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Backup schedule…</source>
        <translation>Backup schedule…</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>A new language takes effect when Plenum starts again.</source>
        <translation>A new language takes effect when Plenum starts again.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>Default &amp;citation style:</source>
        <translation>Default &amp;citation style:</translation>
    </message>
    <message>
        <source>&amp;Attachment folder:</source>
        <translation>&amp;Attachment folder:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Attachment folder</source>
        <translation>Attachment folder</translation>
    </message>
    <message>
        <source>the “.files” folder next to the knowledge base</source>
        <translation>the “.files” folder next to the knowledge base</translation>
    </message>
    <message>
        <source>Off (only Sync Now)</source>
        <translation>Off (only Sync Now)</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Every minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Every 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Every 15 minutes</translation>
    </message>
    <message>
        <source>Team library &amp;sync:</source>
        <translation>Team library &amp;sync:</translation>
    </message>
</context>
<context>
    <name>plenum::ui::StatisticsView</name>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamActions</name>
    <message>
        <source>Cannot sync the team library</source>
        <translation>Cannot sync the team library</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Members…</translation>
    </message>
    <message>
        <source>Cannot complete “%1”</source>
        <translation>Cannot complete “%1”</translation>
    </message>
    <message>
        <source>&amp;Team Library</source>
        <translation>&amp;Team Library</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>Enter &amp;Password…</translation>
    </message>
    <message>
        <source>C&amp;reate Team Library…</source>
        <translation>C&amp;reate Team Library…</translation>
    </message>
    <message>
        <source>&amp;Join Team Library…</source>
        <translation>&amp;Join Team Library…</translation>
    </message>
    <message>
        <source>Cannot read the team library settings of %1</source>
        <translation>Cannot read the team library settings of %1</translation>
    </message>
    <message>
        <source>Sync stopped; the next sync goes on from there.</source>
        <translation>Sync stopped; the next sync goes on from there.</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>Cannot sync</translation>
    </message>
    <message>
        <source>This knowledge base is read-only.</source>
        <translation>This knowledge base is read-only.</translation>
    </message>
    <message>
        <source>This knowledge base is not in a team library: create or join one first.</source>
        <translation>This knowledge base is not in a team library: create or join one first.</translation>
    </message>
    <message>
        <source>Team library synced: %1 received, %2 sent.</source>
        <translation>Team library synced: %1 received, %2 sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice (Team Library ▸ Conflicts…).</source>
        <translation><numerusform>%n conflict waits for your choice (Team Library ▸ Conflicts…).</numerusform><numerusform>%n conflicts wait for your choice (Team Library ▸ Conflicts…).</numerusform></translation>
    </message>
    <message>
        <source>Team library “%1” created.</source>
        <translation>Team library “%1” created.</translation>
    </message>
    <message>
        <source>Joined the team library “%1”.</source>
        <translation>Joined the team library “%1”.</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>Cannot show %1</translation>
    </message>
    <message>
        <source>Team Library Password</source>
        <translation>Team Library Password</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept until Plenum quits; ~/.pgpass keeps it for good):</source>
        <translation>Password of %1 on %2 (kept until Plenum quits; ~/.pgpass keeps it for good):</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamConflictsDialog</name>
    <message>
        <source>deleted here, changed there</source>
        <translation>deleted here, changed there</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>changed here, deleted there</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>changed on both sides</translation>
    </message>
    <message>
        <source>the whole item</source>
        <translation>the whole item</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>also known as</source>
        <translation>also known as</translation>
    </message>
    <message>
        <source>No conflicts: every change here and in the team library fits together.</source>
        <translation>No conflicts: every change here and in the team library fits together.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Take &amp;Theirs</translation>
    </message>
    <message>
        <source>Use Mer&amp;ged</source>
        <translation>Use Mer&amp;ged</translation>
    </message>
    <message>
        <source>Team Library Conflicts</source>
        <translation>Team Library Conflicts</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <source>Keep the value on this computer; it goes to the team library at the next sync</source>
        <translation>Keep the value on this computer; it goes to the team library at the next sync</translation>
    </message>
    <message>
        <source>Replace the value here with the team library's</source>
        <translation>Replace the value here with the team library's</translation>
    </message>
    <message>
        <source>Store the text in the Merged box, edited to remove the conflict markers</source>
        <translation>Store the text in the Merged box, edited to remove the conflict markers</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Mine (this computer)</translation>
    </message>
    <message>
        <source>Theirs (team library)</source>
        <translation>Theirs (team library)</translation>
    </message>
    <message>
        <source>Merged (edit, then Use Merged)</source>
        <translation>Merged (edit, then Use Merged)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Theirs (team library, version %1)</source>
        <translation>Theirs (team library, version %1)</translation>
    </message>
    <message>
        <source>The merged text still has conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): edit them out first.</source>
        <translation>The merged text still has conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): edit them out first.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamConnectDialog</name>
    <message>
        <source>Create Team Library</source>
        <translation>Create Team Library</translation>
    </message>
    <message>
        <source>Join Team Library</source>
        <translation>Join Team Library</translation>
    </message>
    <message>
        <source>Put this knowledge base on a PostgreSQL server as a new team library. You become its admin and can then add members.</source>
        <translation>Put this knowledge base on a PostgreSQL server as a new team library. You become its admin and can then add members.</translation>
    </message>
    <message>
        <source>Join a team library on a PostgreSQL server. What the library holds comes into this knowledge base; what you add here goes to the others at each sync.</source>
        <translation>Join a team library on a PostgreSQL server. What the library holds comes into this knowledge base; what you add here goes to the others at each sync.</translation>
    </message>
    <message>
        <source>postgresql://name@server:5432/database?library=NAME</source>
        <translation>postgresql://name@server:5432/database?library=NAME</translation>
    </message>
    <message>
        <source>e.g. Grassroots governance group</source>
        <translation>e.g. Grassroots governance group</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>from ~/.pgpass when empty</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>Library &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter the server's URL and a name for the library.</source>
        <translation>Enter the server's URL and a name for the library.</translation>
    </message>
    <message>
        <source>Enter the URL of the team library.</source>
        <translation>Enter the URL of the team library.</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>Stopped before it finished.</translation>
    </message>
    <message>
        <source>Add &amp;sslmode=verify-full&amp;sslrootcert=FILE to check the server's certificate, and &amp;timeout=SECONDS for a slow link: how long a silent server is waited for (10 s to connect and 60 s per request without it). Joining again with a new URL changes it.</source>
        <translation>Add &amp;sslmode=verify-full&amp;sslrootcert=FILE to check the server's certificate, and &amp;timeout=SECONDS for a slow link: how long a silent server is waited for (10 s to connect and 60 s per request without it). Joining again with a new URL changes it.</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamMembersDialog</name>
    <message>
        <source>Reader (reads and syncs)</source>
        <translation>Reader (reads and syncs)</translation>
    </message>
    <message>
        <source>Editor (also changes)</source>
        <translation>Editor (also changes)</translation>
    </message>
    <message>
        <source>Admin (also manages members)</source>
        <translation>Admin (also manages members)</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>&amp;Add Member</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>&amp;Remove Selected</translation>
    </message>
    <message>
        <source>Team Library Members</source>
        <translation>Team Library Members</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Only an admin of the library adds or removes members.</source>
        <translation>Only an admin of the library adds or removes members.</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Remove Member</translation>
    </message>
    <message>
        <source>Remove %1 from the team library? From then on %1 can neither read nor change it.</source>
        <translation>Remove %1 from the team library? From then on %1 can neither read nor change it.</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamStatusButton</name>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ Syncing…</translation>
    </message>
    <message>
        <source>⚠ Sync failed</source>
        <translation>⚠ Sync failed</translation>
    </message>
    <message>
        <source>✓ Synced %1</source>
        <translation>✓ Synced %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n to push</source>
        <translation><numerusform>%n to push</numerusform><numerusform>%n to push</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message>
        <source>Team library “%1” on %2 as %3 (%4)</source>
        <translation>Team library “%1” on %2 as %3 (%4)</translation>
    </message>
    <message>
        <source>Library version %1</source>
        <translation>Library version %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minute(s); click to sync now.</source>
        <translation><numerusform>Syncs every minute; click to sync now.</numerusform><numerusform>Syncs every %n minutes; click to sync now.</numerusform></translation>
    </message>
    <message>
        <source>Background sync is off (Settings); click to sync now.</source>
        <translation>Background sync is off (Settings); click to sync now.</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamSyncer</name>
    <message>
        <source>Syncing the team library “%1”…</source>
        <translation>Syncing the team library “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TimelinePanel</name>
    <message>
        <source>&amp;Highlight concept:</source>
        <translation>&amp;Highlight concept:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>Show the whole timeline (Home)</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom · drag or Shift+←/→ to pan · ←/→ to step · Enter to open</source>
        <translation>Wheel or +/− to zoom · drag or Shift+←/→ to pan · ←/→ to step · Enter to open</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Cannot show the history of %1</source>
        <translation>Cannot show the history of %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TimelineView</name>
    <message>
        <source>Timeline of Party congresses and plenums</source>
        <translation>Timeline of Party congresses and plenums</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TransferActions</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Cannot import %1</translation>
    </message>
    <message>
        <source>Plenum cannot tell the format of %1 from its name.</source>
        <translation>Plenum cannot tell the format of %1 from its name.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>What kind of file is this?</source>
        <translation>What kind of file is this?</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation>Import of %1 cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Plenum read %1. The details show what the import will create and what it did not understand.</source>
        <translation>Plenum read %1. The details show what the import will create and what it did not understand.</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Export Notes</translation>
    </message>
    <message>
        <source>Export Dossier</source>
        <translation>Export Dossier</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Export References</source>
        <translation>Export References</translation>
    </message>
    <message>
        <source>BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)</source>
        <translation>BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file .bib, .ris or .json to choose the format.</source>
        <translation>Name the file .bib, .ris or .json to choose the format.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to %1</source>
        <translation><numerusform>Exported %n reference to %1</numerusform><numerusform>Exported %n references to %1</numerusform></translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Rebuilding the search index…</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>Cannot rebuild the search index</translation>
    </message>
    <message>
        <source>Search index rebuilt: %1 items.</source>
        <translation>Search index rebuilt: %1 items.</translation>
    </message>
    <message>
        <source>Citation style:</source>
        <translation>Citation style:</translation>
    </message>
    <message>
        <source>Some records of %1 were skipped</source>
        <translation>Some records of %1 were skipped</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Markdown (*.md);;Web page (*.html);;PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>Word document (*.docx);;Markdown (*.md);;Web page (*.html);;PDF (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Papers, documents, bibliographies and knowledge bases (*.pdf *.html *.htm *.mhtml *.mht *.docx *.md *.markdown *.txt *.bib *.ris *.json *.enw *.net *.ne *.sqlite *.plenum-kb *.jsonl);;Plenum knowledge base (*.plenum-kb *.jsonl);;PDF (*.pdf);;Web pages (*.html *.htm *.mhtml *.mht);;Word (*.docx);;Papers (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json);;EndNote, RefWorks, NoteExpress (*.enw *.txt *.net *.ne);;Zotero library (zotero.sqlite *.sqlite)</source>
        <translation>Papers, documents, bibliographies and knowledge bases (*.pdf *.html *.htm *.mhtml *.mht *.docx *.md *.markdown *.txt *.bib *.ris *.json *.enw *.net *.ne *.sqlite *.plenum-kb *.jsonl);;Plenum knowledge base (*.plenum-kb *.jsonl);;PDF (*.pdf);;Web pages (*.html *.htm *.mhtml *.mht);;Word (*.docx);;Papers (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json);;EndNote, RefWorks, NoteExpress (*.enw *.txt *.net *.ne);;Zotero library (zotero.sqlite *.sqlite)</translation>
    </message>
    <message>
        <source>Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as you edited them.</source>
        <translation>Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as you edited them.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Imported %1 as “%2”: %3 statements.</source>
        <translation>Imported %1 as “%2”: %3 statements.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 merged into references already here, %4 skipped.</source>
        <translation>Imported %1: %2 new, %3 merged into references already here, %4 skipped.</translation>
    </message>
</context>
</TS>