<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreMessages</name>
    <message>
        <source>%1 %2: "%3" needs a value.</source>
        <translation>%1 %2：“%3”不能为空。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" or "%4" needs a value.</source>
        <translation>%1 %2：“%3”和“%4”至少要填写一项。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" must be one of %4, not "%5".</source>
        <translation>%1 %2：“%3”必须是%4之一，而不是“%5”。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" must be a date written YYYY-MM-DD, not "%4".</source>
        <translation>%1 %2：“%3”必须是 YYYY-MM-DD 格式的日期，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not "%4".</source>
        <translation>%1 %2：“%3”必须是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" names %4, which is not a document.</source>
        <translation>%1 %2：“%3”填写的 %4 不是文件。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" is needed when there is evidence.</source>
        <translation>%1 %2：填写了证据时，“%3”不能为空。</translation>
    </message>
    <message>
        <source>%1 %2: "%3" (%4) is before the start (%5).</source>
        <translation>%1 %2：“%3”（%4）早于开始日期（%5）。</translation>
    </message>
    <message>
        <source>Cannot link %1 to itself.</source>
        <translation>不能把 %1 链接到它自身。</translation>
    </message>
    <message>
        <source>Cannot link: no item with ID %1.</source>
        <translation>无法链接：没有 ID 为 %1 的条目。</translation>
    </message>
    <message>
        <source>%1 already links to %2 as "%3".</source>
        <translation>%1 已经以“%3”链接到 %2。</translation>
    </message>
    <message>
        <source>Select some text to make a statement from.</source>
        <translation>请先选中要生成表述的文字。</translation>
    </message>
    <message>
        <source>A tag needs at least one letter or digit.</source>
        <translation>标签至少要有一个字母、汉字或数字。</translation>
    </message>
    <message>
        <source>Tag "%1" holds a comma; commas separate tags, so use another character.</source>
        <translation>标签“%1”含有逗号；逗号用于分隔标签，请换用其他字符。</translation>
    </message>
    <message>
        <source>Tag "%1…" is longer than 64 characters.</source>
        <translation>标签“%1…”超过 64 个字符。</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>合集需要名称。</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>保存的检索需要名称。</translation>
    </message>
    <message>
        <source>A collection called "%1" already exists.</source>
        <translation>已有名为“%1”的合集。</translation>
    </message>
    <message>
        <source>The saved search "%1" needs a query.</source>
        <translation>保存的检索“%1”需要检索式。</translation>
    </message>
    <message>
        <source>No CSL style named "%1" is installed (plenum-cli styles lists them; a path to a .csl file works too).</source>
        <translation>没有安装名为“%1”的 CSL 样式（plenum-cli styles 可列出已安装的样式；也可以给出 .csl 文件的路径）。</translation>
    </message>
    <message>
        <source>The bibliography import was cancelled; nothing was changed.</source>
        <translation>文献导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The paper import was cancelled; nothing was changed.</source>
        <translation>论文导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The plenum-kb import was cancelled; nothing was changed.</source>
        <translation>plenum-kb 导入已取消；没有做任何更改。</translation>
    </message>
    <message>
        <source>expected '%1' closing the block opened here, found the end of the file</source>
        <translation>此处开始的块缺少闭合的“%1”，文件已结束</translation>
    </message>
    <message>
        <source>expected '%1' closing this value, found the end of the file</source>
        <translation>此值缺少闭合的“%1”，文件已结束</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际是%2</translation>
    </message>
    <message>
        <source>field "%1" appears twice in entry %2; expected it once</source>
        <translation>条目 %2 中字段“%1”出现了两次，只能出现一次</translation>
    </message>
    <message>
        <source>entry %1 has no title; expected a title field</source>
        <translation>条目 %1 没有标题字段</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>文件末尾</translation>
    </message>
    <message>
        <source>a macro name after @string</source>
        <translation>@string 之后的宏名</translation>
    </message>
    <message>
        <source>'=' after @string name %1</source>
        <translation>@string 名称 %1 之后的“=”</translation>
    </message>
    <message>
        <source>'%1' closing @string %2</source>
        <translation>闭合 @string %2 的“%1”</translation>
    </message>
    <message>
        <source>balanced braces in the value starting on line %1</source>
        <translation>第 %1 行开始的值中成对的花括号</translation>
    </message>
    <message>
        <source>a value for %1 (braces, quotes, a number or a macro)</source>
        <translation>%1 的值（花括号、引号、数字或宏）</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>a defined @string macro for %1 ("%2" is not defined)</source>
        <translation>%1 的已定义 @string 宏（“%2”未定义）</translation>
    </message>
    <message>
        <source>',' or '%1' in entry %2 (which starts on line %3)</source>
        <translation>条目 %2（从第 %3 行开始）中的“,”或“%1”</translation>
    </message>
    <message>
        <source>a field name in entry %1</source>
        <translation>条目 %1 中的字段名</translation>
    </message>
    <message>
        <source>'=' after field %1 in entry %2</source>
        <translation>条目 %2 中字段 %1 之后的“=”</translation>
    </message>
    <message>
        <source>the file ends inside this record; expected an "%1" line closing it</source>
        <translation>文件在此记录中途结束，缺少结束记录的“%1”行</translation>
    </message>
    <message>
        <source>this record has no "%1" line before the next record (line %2)</source>
        <translation>此记录在下一条记录（第 %2 行）之前没有“%1”行</translation>
    </message>
    <message>
        <source>the record holds nothing but its type</source>
        <translation>此记录只有类型，没有其他内容</translation>
    </message>
    <message>
        <source>a record without a "%1" line (its type)</source>
        <translation>记录缺少表示类型的“%1”行</translation>
    </message>
    <message>
        <source>text that is not %1</source>
        <translation>不是 %1 格式的文本</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>第 %1 项不是对象</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>item %1 has no title</source>
        <translation>条目 %1 没有标题</translation>
    </message>
    <message>
        <source>Not a valid CSL item: %1.</source>
        <translation>不是有效的 CSL 条目：%1。</translation>
    </message>
    <message>
        <source>variable "%1": %2</source>
        <translation>变量“%1”：%2</translation>
    </message>
    <message>
        <source>a CSL item type is required</source>
        <translation>必须有 CSL 条目类型</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>必须有标题</translation>
    </message>
    <message>
        <source>"%1" is not a CSL item type</source>
        <translation>“%1”不是 CSL 条目类型</translation>
    </message>
    <message>
        <source>the extension must be an object</source>
        <translation>扩展字段必须是对象</translation>
    </message>
    <message>
        <source>not a CSL 1.0.2 variable</source>
        <translation>不是 CSL 1.0.2 的变量</translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation>应为字符串或数字</translation>
    </message>
    <message>
        <source>expected an array of names</source>
        <translation>应为姓名数组</translation>
    </message>
    <message>
        <source>each name must be an object</source>
        <translation>每个姓名都必须是对象</translation>
    </message>
    <message>
        <source>a name has the unknown part "%1"</source>
        <translation>姓名含有未知部分“%1”</translation>
    </message>
    <message>
        <source>the name part "%1" must be a string</source>
        <translation>姓名部分“%1”必须是字符串</translation>
    </message>
    <message>
        <source>each name needs a "family" or a "literal"</source>
        <translation>每个姓名都需要“family”或“literal”</translation>
    </message>
    <message>
        <source>a date must be an object with "date-parts" or "literal"</source>
        <translation>日期必须是含“date-parts”或“literal”的对象</translation>
    </message>
    <message>
        <source>a date has the unknown part "%1"</source>
        <translation>日期含有未知部分“%1”</translation>
    </message>
    <message>
        <source>"date-parts" must hold one date or a range of two</source>
        <translation>“date-parts”必须是一个日期或由两个日期组成的范围</translation>
    </message>
    <message>
        <source>date parts must be numbers</source>
        <translation>日期各部分必须是数字</translation>
    </message>
    <message>
        <source>a date needs "date-parts", "literal" or "raw"</source>
        <translation>日期需要“date-parts”“literal”或“raw”</translation>
    </message>
    <message>
        <source>"%1" of a date must be a string</source>
        <translation>日期的“%1”必须是字符串</translation>
    </message>
    <message>
        <source>expected CSL-JSON, but the JSON is malformed: %1</source>
        <translation>应为 CSL-JSON，但 JSON 格式有误</translation>
    </message>
    <message>
        <source>expected a JSON array of CSL items</source>
        <translation>应为由 CSL 条目组成的 JSON 数组</translation>
    </message>
    <message>
        <source>%1:%2, field "%3": %4.</source>
        <translation>%1 第 %2 行，字段“%3”：%4。</translation>
    </message>
    <message>
        <source>%1:%2: %3.</source>
        <translation>%1 第 %2 行：%3。</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>此行不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>invalid JSON at column %1 (%2)</source>
        <translation>第 %1 列的 JSON 无效</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>the first line must be the header {"format":"plenum-kb","version":2}</source>
        <translation>第一行必须是文件头 {"format":"plenum-kb","version":2}</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this Plenum reads versions 1 to %2)</source>
        <translation>不支持的格式版本 %1（此版本的 Plenum 可读取版本 1 至 %2）</translation>
    </message>
    <message>
        <source>the file is empty; a plenum-kb file starts with its header line</source>
        <translation>文件为空；plenum-kb 文件以文件头行开始</translation>
    </message>
    <message>
        <source>a value is required when %1 is given</source>
        <translation>给出 %1 时必须有值</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须有值</translation>
    </message>
    <message>
        <source>unknown record type "%1"</source>
        <translation>未知的记录类型“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a valid ID</source>
        <translation>“%1”不是有效的编号</translation>
    </message>
    <message>
        <source>unknown field for a %1</source>
        <translation>%1记录中的未知字段</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected an object with "text" and "lang"</source>
        <translation>应为含“text”和“lang”的对象</translation>
    </message>
    <message>
        <source>expected "en" or "zh"</source>
        <translation>应为“en”或“zh”</translation>
    </message>
    <message>
        <source>expected an object with "relation" and "target"</source>
        <translation>应为含“relation”和“target”的对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown relation "%1"</source>
        <translation>未知的关系“%1”</translation>
    </message>
    <message>
        <source>an item cannot link to itself</source>
        <translation>条目不能链接到自身</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected [start, end], whole numbers with start &lt;= end</source>
        <translation>应为 [起点, 终点]，均为整数且起点不大于终点</translation>
    </message>
    <message>
        <source>expected the reference's CSL item (an object)</source>
        <translation>应为文献的 CSL 条目（对象）</translation>
    </message>
    <message>
        <source>%1 appears more than once</source>
        <translation>%1 出现了不止一次</translation>
    </message>
    <message>
        <source>no item with ID %1</source>
        <translation>没有编号为 %1 的条目</translation>
    </message>
    <message>
        <source>no document with ID %1</source>
        <translation>没有编号为 %1 的文件</translation>
    </message>
    <message>
        <source>Cannot read %1: No such file or directory.</source>
        <translation>无法读取 %1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; expected a file to import.</source>
        <translation>%1 是文件夹；请选择要导入的文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, socket or device); expected a file to import.</source>
        <translation>%1 不是普通文件（而是管道、套接字或设备）；请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot render citations with %1: %2.</source>
        <translation>无法用 %1 排版引文：%2。</translation>
    </message>
    <message>
        <source>the citeproc package is not installed (run make deps)</source>
        <translation>未安装 citeproc 软件包（请运行 make deps）</translation>
    </message>
    <message>
        <source>the style %1 could not be applied: %2</source>
        <translation>无法应用样式 %1</translation>
    </message>
    <message>
        <source>the request is not JSON: %1</source>
        <translation>请求不是 JSON</translation>
    </message>
    <message>
        <source>Cannot render citations: node (Debian package nodejs) is not installed; run make deps.</source>
        <translation>无法排版引文：未安装 node（Debian 软件包 nodejs）；请运行 make deps。</translation>
    </message>
    <message>
        <source>Cannot start node to render citations: %1.</source>
        <translation>无法启动 node 来排版引文。</translation>
    </message>
    <message>
        <source>The citation engine (%1) failed: %2</source>
        <translation>引文引擎（%1）出错</translation>
    </message>
    <message>
        <source>No readable CSL style file at %1.</source>
        <translation>%1 处没有可读取的 CSL 样式文件。</translation>
    </message>
    <message>
        <source>heading "%1" has no number; kept as a top-level section</source>
        <translation>标题“%1”没有编号，作为顶级章节保留</translation>
    </message>
    <message>
        <source>text in the reference list before the first [n] entry: "%1"</source>
        <translation>参考文献列表中第一个 [n] 条目之前的文字：“%1”</translation>
    </message>
    <message>
        <source>reference number [%1] appears twice in the list</source>
        <translation>参考文献编号 [%1] 在列表中出现了两次</translation>
    </message>
    <message>
        <source>citation marker [%1] in %2 has no entry in the reference list</source>
        <translation>%2 中的引用标记 [%1] 在参考文献列表中没有对应条目</translation>
    </message>
    <message>
        <source>%1 has no text layer (a scanned PDF?): only its metadata was imported, no paragraphs. Run OCR on it and import it again to get its text.</source>
        <translation>%1 没有文字层（扫描版 PDF？）：只导入了元数据，没有段落。请先做文字识别（OCR），再导入一次以获得正文。</translation>
    </message>
    <message>
        <source>word/document.xml: %1 (the text after it was not read)</source>
        <translation>word/document.xml 有错误（其后的文字未能读取）</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was written.</source>
        <translation>无法写入 %1；没有写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; exports never write through links. Remove it or choose another file name.</source>
        <translation>%1 是符号链接；导出从不通过链接写入。请删除它或换一个文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder; expected the name of a file to write.</source>
        <translation>%1 是文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, socket or device); expected the name of a file to write.</source>
        <translation>%1 不是普通文件（而是管道、套接字或设备）；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>Cannot start pandoc: %1.</source>
        <translation>无法启动 pandoc。</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 is on read-only media.</source>
        <translation>无法备份 %1：%2 位于只读介质上。</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: the disk is full (%3 free, %4 needed).</source>
        <translation>无法将 %1 备份到 %2：磁盘已满（剩余 %3，需要 %4）。</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2 is a file, not a folder.</source>
        <translation>无法备份 %1：%2 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot back up %1: the folder %2 cannot be created (%3).</source>
        <translation>无法备份 %1：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <source>Cannot back up %1: the folder %2 cannot be created.</source>
        <translation>无法备份 %1：无法创建文件夹 %2。</translation>
    </message>
    <message>
        <source>The backup interval must be 0 (off) or a number of hours.</source>
        <translation>备份间隔必须是 0（关闭）或小时数。</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>至少要保留一个备份。</translation>
    </message>
    <message>
        <source>Cannot restore %1: the file or its folder is read-only.</source>
        <translation>无法恢复 %1：该文件或其所在文件夹为只读。</translation>
    </message>
    <message>
        <source>Indexing %1 was cancelled.</source>
        <translation>已取消为 %1 建立索引。</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the attachment %1: %2.</source>
        <translation>无法写入附件 %1。</translation>
    </message>
    <message>
        <source>The team server %1 did not answer for %2 s (connecting), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</source>
        <translation>团队服务器 %1 在 %2 秒内没有应答（正在连接），Plenum 已停止等待。没有丢失任何内容：服务器只保留它已确认的内容，知识库保留所有本地修改，下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>The team server %1 did not answer for %2 s (sending a request), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</source>
        <translation>团队服务器 %1 在 %2 秒内没有应答（正在发送请求），Plenum 已停止等待。没有丢失任何内容：服务器只保留它已确认的内容，知识库保留所有本地修改，下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>The team server %1 did not answer for %2 s (waiting for an answer), so Plenum stopped waiting. Nothing was lost: the server keeps only what it confirmed, the knowledge base keeps every local change, and the next sync goes on from there.</source>
        <translation>团队服务器 %1 在 %2 秒内没有应答（正在等待回复），Plenum 已停止等待。没有丢失任何内容：服务器只保留它已确认的内容，知识库保留所有本地修改，下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>The sync with the team server %1 was stopped. Nothing was lost: the next sync goes on from there.</source>
        <translation>与团队服务器 %1 的同步已停止。没有丢失任何内容：下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>could not read "%1"</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>no year in parentheses after the authors</source>
        <translation>作者后没有括号中的年份</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>缺少题名</translation>
    </message>
    <message>
        <source>no authors</source>
        <translation>缺少作者</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>缺少年份</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Plenum was asked for something it cannot do.</source>
        <translation>Plenum 无法执行所请求的操作。</translation>
    </message>
    <message>
        <source>The item, file or folder does not exist.</source>
        <translation>该条目、文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>The data does not follow its format or the rules of the knowledge base.</source>
        <translation>数据不符合其格式或知识库的规则。</translation>
    </message>
    <message>
        <source>The file system refused: a folder is missing, permission is denied or the disk failed.</source>
        <translation>文件系统拒绝了操作：文件夹不存在、没有权限或磁盘出错。</translation>
    </message>
    <message>
        <source>The file is not a Plenum knowledge base.</source>
        <translation>该文件不是 Plenum 知识库。</translation>
    </message>
    <message>
        <source>A newer version of Plenum wrote this knowledge base; update Plenum to open it.</source>
        <translation>该知识库由更新版本的 Plenum 写入；请升级 Plenum 后再打开。</translation>
    </message>
    <message>
        <source>Another program is using the knowledge base; try again when it has finished.</source>
        <translation>另一个程序正在使用该知识库；请待其完成后重试。</translation>
    </message>
    <message>
        <source>The knowledge base or its folder cannot be written.</source>
        <translation>知识库或其所在文件夹不可写入。</translation>
    </message>
    <message>
        <source>The knowledge base file is damaged. Close Plenum and restore a backup (plenum-cli restore --latest), or see what is affected with plenum-cli check.</source>
        <translation>知识库文件已损坏。请关闭 Plenum 并恢复备份（plenum-cli restore --latest），或用 plenum-cli check 查看受影响的内容。</translation>
    </message>
    <message>
        <source>The change conflicts with another edit or with a rule that names must be unique.</source>
        <translation>此更改与另一处编辑冲突，或违反了名称必须唯一的规则。</translation>
    </message>
    <message>
        <source>The work was stopped.</source>
        <translation>操作已停止。</translation>
    </message>
    <message>
        <source>The database failed unexpectedly.</source>
        <translation>数据库发生了意外错误。</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会次</translation>
    </message>
    <message>
        <source>Start (YYYY-MM-DD)</source>
        <translation>开始（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>End (YYYY-MM-DD)</source>
        <translation>结束（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Summary (Chinese)</source>
        <translation>摘要（中文）</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>摘要（英文）</translation>
    </message>
    <message>
        <source>Definition (Chinese)</source>
        <translation>定义（中文）</translation>
    </message>
    <message>
        <source>Definition (English)</source>
        <translation>定义（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Authors (; between)</source>
        <translation>作者（以 ; 分隔）</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Keywords (; between)</source>
        <translation>关键词（以 ; 分隔）</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>刊载于</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>引用键</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>出处文件</translation>
    </message>
    <message>
        <source>Where in it</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Claim check</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Evidence source</source>
        <translation>依据来源</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>语种</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>出版地</translation>
    </message>
    <message>
        <source>Genre (e.g. PhD thesis)</source>
        <translation>类别（如：博士学位论文）</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编者</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Claim check</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>又称</translation>
    </message>
    <message>
        <source>History</source>
        <translation>沿革</translation>
    </message>
    <message>
        <source>Broader concepts</source>
        <translation>上位概念</translation>
    </message>
    <message>
        <source>Narrower concepts</source>
        <translation>下位概念</translation>
    </message>
    <message>
        <source>Related concepts</source>
        <translation>相关概念</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Concepts introduced or reshaped</source>
        <translation>提出或发展的概念</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Plenum linked this automatically; reject it if it is not a mention</source>
        <translation>此链接由 Plenum 自动识别；如果并非提及，可以否决</translation>
    </message>
    <message>
        <source>✕ not a mention</source>
        <translation>✕ 不是提及</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>出处文件</translation>
    </message>
    <message>
        <source>Citation key</source>
        <translation>引用键</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>刊载于</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Mentioned in documents</source>
        <translation>提及它的文件</translation>
    </message>
    <message>
        <source>Mentioned in statements</source>
        <translation>提及它的表述</translation>
    </message>
    <message>
        <source>Mentioned in notes</source>
        <translation>提及它的笔记</translation>
    </message>
    <message>
        <source>Linked from concepts</source>
        <translation>链接到此的概念</translation>
    </message>
    <message>
        <source>Linked from milestones</source>
        <translation>链接到此的会议</translation>
    </message>
    <message>
        <source>Linked from references</source>
        <translation>链接到此的文献</translation>
    </message>
    <message>
        <source>%1 items link here; the first %2 are listed.</source>
        <translation>共有 %1 个条目链接到这里，下面列出前 %2 个。</translation>
    </message>
    <message>
        <source>Search them all</source>
        <translation>检索全部</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编者</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>出版地</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>移除此链接</translation>
    </message>
    <message>
        <source>✕ remove</source>
        <translation>✕ 移除</translation>
    </message>
    <message>
        <source>Dates unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>dates disputed</source>
        <translation>日期有争议</translation>
    </message>
    <message>
        <source>dates unverified</source>
        <translation>日期未核实</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>编号：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>National Party Congress</source>
        <translation>党的全国代表大会</translation>
    </message>
    <message>
        <source>Central Committee plenary session</source>
        <translation>中央委员会全体会议</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <source>paraphrase</source>
        <translation>转述</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>communiqué</source>
        <translation>公报</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文献</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>partly inconsistent</source>
        <translation>部分不符</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未能核实</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>条例</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>journal article</source>
        <translation>期刊论文</translation>
    </message>
    <message>
        <source>newspaper article</source>
        <translation>报纸文章</translation>
    </message>
    <message>
        <source>magazine article</source>
        <translation>杂志文章</translation>
    </message>
    <message>
        <source>book</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>book chapter</source>
        <translation>图书章节</translation>
    </message>
    <message>
        <source>conference paper</source>
        <translation>会议论文</translation>
    </message>
    <message>
        <source>thesis</source>
        <translation>学位论文</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>law or regulation</source>
        <translation>法律法规</translation>
    </message>
    <message>
        <source>manuscript</source>
        <translation>手稿</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>cites</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>defines</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>反驳</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>broader concept</source>
        <translation>上位概念</translation>
    </message>
    <message>
        <source>narrower concept</source>
        <translation>下位概念</translation>
    </message>
    <message>
        <source>first appears in</source>
        <translation>首次出现于</translation>
    </message>
    <message>
        <source>reshaped by</source>
        <translation>发展于</translation>
    </message>
    <message>
        <source>adopted at</source>
        <translation>通过于</translation>
    </message>
    <message>
        <source>about</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>重复于</translation>
    </message>
</context>
<context>
    <name>NoteCompletion</name>
    <message>
        <source>%1 et al.</source>
        <translation>%1 等</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>无日期</translation>
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
        <translation>  · 又称 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>%1 Congress</source>
        <translation>%1 次代表大会</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot open the knowledge base</source>
        <translation>无法打开知识库</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1 Central Committee</source>
        <translation>第%1届中央委员会</translation>
    </message>
    <message>
        <source>%1 CC</source>
        <translation>%1届</translation>
    </message>
    <message>
        <source>%1 Plenum</source>
        <translation>%1 全会</translation>
    </message>
    <message>
        <source>%1 Pl.</source>
        <translation>%1 全会</translation>
    </message>
</context>
<context>
    <name>ResolveConflictCommand</name>
    <message>
        <source>Resolve the team library conflict on “%1”</source>
        <translation>解决团队文献库中“%1”的冲突</translation>
    </message>
    <message>
        <source>Cannot redo the choice for %1</source>
        <translation>无法重做对 %1 的选择</translation>
    </message>
    <message>
        <source>The chosen value of %1 is back as a local change; the next sync sends it.</source>
        <translation>%1 所选的值已作为本地修改恢复；下次同步时发送。</translation>
    </message>
    <message>
        <source>Cannot undo the choice for %1</source>
        <translation>无法撤销对 %1 的选择</translation>
    </message>
    <message>
        <source>The conflict on %1 is listed again.</source>
        <translation>%1 的冲突已重新列出。</translation>
    </message>
    <message>
        <source>A sync already took the choice for %1: its previous value is back as a local change, which the next sync sends; the conflict is not listed again.</source>
        <translation>同步已经送出了对 %1 的选择：它先前的值已作为本地修改恢复，下次同步时发送；该冲突不再列出。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Social organizations</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Internet users</source>
        <translation>网民</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Social groups</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Private non-enterprise units</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Penetration rate</source>
        <translation>普及率</translation>
    </message>
    <message>
        <source>%1 (as cited in %2)</source>
        <translation>%1（%2 引用）</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>个</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>%</translation>
    </message>
    <message>
        <source>billions of %1</source>
        <translation>十亿%1</translation>
    </message>
    <message>
        <source>millions of %1</source>
        <translation>百万%1</translation>
    </message>
    <message>
        <source>thousands of %1</source>
        <translation>千%1</translation>
    </message>
</context>
<context>
    <name>StyleChoices</name>
    <message>
        <source>%1 (your style)</source>
        <translation>%1（自定义样式）</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <source>The team server refused: the name, password or role does not allow it.</source>
        <translation>团队服务器拒绝了请求：用户名、密码或角色不允许此操作。</translation>
    </message>
    <message>
        <source>The team server cannot be reached, or the connection broke.</source>
        <translation>无法连接团队服务器，或连接已中断。</translation>
    </message>
    <message>
        <source>The team server has no such library, member or item.</source>
        <translation>团队服务器上没有这个文献库、成员或条目。</translation>
    </message>
    <message>
        <source>The team server does not take this URL or request.</source>
        <translation>团队服务器不接受此地址或请求。</translation>
    </message>
    <message>
        <source>The team server sent data that Plenum does not accept.</source>
        <translation>团队服务器发来的数据不被 Plenum 接受。</translation>
    </message>
    <message>
        <source>The change collides with one already on the team server.</source>
        <translation>此修改与团队服务器上已有的修改冲突。</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Edit note “%1”</source>
        <translation>编辑笔记“%1”</translation>
    </message>
    <message>
        <source>New note “%1”</source>
        <translation>新建笔记“%1”</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>无法保存笔记</translation>
    </message>
    <message>
        <source>Cannot undo the note edit</source>
        <translation>无法撤销对笔记的修改</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>无法删除条目</translation>
    </message>
    <message>
        <source>Cannot restore the item</source>
        <translation>无法恢复条目</translation>
    </message>
    <message numerus="yes">
        <source>Link %n mention(s) of %1</source>
        <translation><numerusform>链接 %1 的 %n 处提及</numerusform></translation>
    </message>
    <message>
        <source>Cannot link the mentions</source>
        <translation>无法链接这些提及</translation>
    </message>
    <message>
        <source>Cannot undo the linking</source>
        <translation>无法撤销链接</translation>
    </message>
    <message>
        <source>Reject an automatic link to %1</source>
        <translation>否决指向 %1 的自动链接</translation>
    </message>
    <message>
        <source>Cannot reject the link</source>
        <translation>无法否决该链接</translation>
    </message>
    <message>
        <source>Cannot undo the rejection</source>
        <translation>无法撤销否决</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>把 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Cannot merge the references</source>
        <translation>无法合并文献</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>无法撤销合并</translation>
    </message>
    <message>
        <source>Cannot show the change to %1</source>
        <translation>无法显示对 %1 的修改</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>New %1 “%2”</source>
        <translation>新建%1“%2”</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Cannot undo the edit of %1</source>
        <translation>无法撤销对 %1 的编辑</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Cannot undo the creation of %1</source>
        <translation>无法撤销新建 %1</translation>
    </message>
    <message>
        <source>Link “%1” to “%2”</source>
        <translation>将“%1”链接到“%2”</translation>
    </message>
    <message>
        <source>Cannot add the link</source>
        <translation>无法添加链接</translation>
    </message>
    <message>
        <source>Cannot undo the link</source>
        <translation>无法撤销链接</translation>
    </message>
    <message>
        <source>Remove the link from “%1” to “%2”</source>
        <translation>移除从“%1”到“%2”的链接</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>无法移除链接</translation>
    </message>
    <message>
        <source>Cannot put the link back</source>
        <translation>无法恢复链接</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>将“%1”加入“%2”</translation>
    </message>
    <message>
        <source>Take “%1” out of “%2”</source>
        <translation>将“%1”移出“%2”</translation>
    </message>
    <message>
        <source>Cannot change the collection</source>
        <translation>无法修改合集</translation>
    </message>
    <message>
        <source>New collection “%1”</source>
        <translation>新建合集“%1”</translation>
    </message>
    <message>
        <source>Delete collection “%1”</source>
        <translation>删除合集“%1”</translation>
    </message>
    <message>
        <source>Cannot make the collection “%1”</source>
        <translation>无法新建合集“%1”</translation>
    </message>
    <message>
        <source>Cannot delete the collection “%1”</source>
        <translation>无法删除合集“%1”</translation>
    </message>
</context>
<context>
    <name>plenum::reader</name>
    <message>
        <source>The PDF %1 is not there (or has changed).</source>
        <translation>PDF %1 不存在（或已更改）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a PDF.</source>
        <translation>%1 无法作为 PDF 打开。</translation>
    </message>
</context>
<context>
    <name>plenum::reader::ReaderPane</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <source>The colour of the next quote's highlight (Ctrl+Shift+H)</source>
        <translation>下一条引文的高亮颜色（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>Comment on the quote</source>
        <translation>对引文的批注</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Cannot quote the selection</source>
        <translation>无法引用所选内容</translation>
    </message>
    <message>
        <source>Make the selected passage a statement of this document, with its page</source>
        <translation>将所选段落作为本文件的表述，并记录页码</translation>
    </message>
    <message>
        <source>Import the PDF's annotations</source>
        <translation>导入 PDF 的批注</translation>
    </message>
    <message>
        <source>Cannot import the PDF's annotations</source>
        <translation>无法导入 PDF 的批注</translation>
    </message>
    <message>
        <source>Bring in the highlights and notes made on this PDF in Okular, Zotero or Acrobat; each highlight becomes a quote</source>
        <translation>导入在 Okular、Zotero 或 Acrobat 中对此 PDF 所做的高亮和批注；每处高亮成为一条引文</translation>
    </message>
    <message>
        <source>%1 has no PDF attached.</source>
        <translation>%1 没有附带 PDF。</translation>
    </message>
    <message>
        <source>The PDF of %1 is missing: %2 is not there (or has changed).</source>
        <translation>%1 的 PDF 缺失：%2 不存在（或已更改）。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a PDF.</source>
        <translation>%1 无法作为 PDF 打开。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>plenum::ui::AuthorListEditor</name>
    <message>
        <source>Organisation or name kept as written</source>
        <translation>机构或按原样保留的名称</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Add Author</source>
        <translation>添加作者</translation>
    </message>
    <message>
        <source>Remove Author</source>
        <translation>移除作者</translation>
    </message>
    <message>
        <source>(new author)</source>
        <translation>（新作者）</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编者</translation>
    </message>
    <message>
        <source>Add Editor</source>
        <translation>添加编者</translation>
    </message>
    <message>
        <source>Remove Editor</source>
        <translation>删除编者</translation>
    </message>
    <message>
        <source>(new editor)</source>
        <translation>（新编者）</translation>
    </message>
</context>
<context>
    <name>plenum::ui::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>无法备份</translation>
    </message>
    <message>
        <source>Cannot save the backup settings</source>
        <translation>无法保存备份设置</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>before a large import</source>
        <translation>大批导入前</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>before a restore (undo)</source>
        <translation>恢复前（可用于撤销）</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>移到一旁的损坏文件</translation>
    </message>
    <message>
        <source>before upgrading to schema %1</source>
        <translation>升级到第 %1 版结构前</translation>
    </message>
    <message>
        <source>%1 milestones, %2 concepts, %3 statements, %4 references and %5 notes</source>
        <translation>%1 次会议、%2 个概念、%3 条表述、%4 篇文献和 %5 条笔记</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo Restore</source>
        <translation>撤销恢复(&amp;U)</translation>
    </message>
    <message>
        <source>On the first open of each day</source>
        <translation>每天第一次打开时</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation><numerusform>每 %n 小时</numerusform></translation>
    </message>
    <message>
        <source>Off (only before upgrades, large imports and restores)</source>
        <translation>关闭（只在升级、大批导入和恢复前备份）</translation>
    </message>
    <message numerus="yes">
        <source> backups, and one a week for %n week(s)</source>
        <translation><numerusform> 个备份，另按周各保留一个（共 %n 周）</numerusform></translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>自动备份(&amp;B)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the open knowledge base by the backup of %1 (%2, %3)?</source>
        <translation>要用 %1 的备份（%2，%3）替换当前打开的知识库吗？</translation>
    </message>
    <message>
        <source>It holds %1. The current knowledge base is saved as a backup first, so you can undo the restore.</source>
        <translation>其中有 %1。恢复前会先把当前知识库另存为备份，因此可以撤销恢复。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored %1. What it replaced was saved as %2.</source>
        <translation>已恢复 %1。被替换的内容已另存为 %2。</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Undone: the knowledge base is back as it was before the restore (%1).</source>
        <translation>已撤销：知识库已回到恢复之前的状态（%1）。</translation>
    </message>
</context>
<context>
    <name>plenum::ui::BackupScheduler</name>
    <message>
        <source>Backing up… %1%</source>
        <translation>正在备份… %1%</translation>
    </message>
    <message>
        <source>Cannot back up the knowledge base</source>
        <translation>无法备份知识库</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::CollectionsPanel</name>
    <message>
        <source>Collections and saved searches</source>
        <translation>合集与已存检索</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>新建合集…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存检索…</translation>
    </message>
    <message>
        <source>Keep the query in the search field under a name</source>
        <translation>以一个名称保存检索框中的查询</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已存检索</translation>
    </message>
</context>
<context>
    <name>plenum::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type to find an action…</source>
        <translation>输入以查找操作…</translation>
    </message>
    <message>
        <source>Find an action</source>
        <translation>查找操作</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ConceptTreeModel</name>
    <message>
        <source>Concept</source>
        <translation>概念</translation>
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
        <translation>加入合集</translation>
    </message>
    <message>
        <source>Collection (choose, or type a new name):</source>
        <translation>合集（选择，或输入新名称）：</translation>
    </message>
    <message>
        <source>Cannot complete “%1”</source>
        <translation>无法完成“%1”</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translation>新建条目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>表述(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Concept</source>
        <translation>概念(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>文献(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Milestone (local event)</source>
        <translation>会议或事件（地方）(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>Edit &amp;Item</source>
        <translation>编辑条目(&amp;I)</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>添加链接(&amp;L)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Add to &amp;Collection…</source>
        <translation>加入合集(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>New Statement from Se&amp;lection</source>
        <translation>用所选文字新建表述(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Cannot delete the item</source>
        <translation>无法删除条目</translation>
    </message>
    <message>
        <source>Cannot remove the link</source>
        <translation>无法移除链接</translation>
    </message>
    <message>
        <source>Cannot make the collection</source>
        <translation>无法新建合集</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>无法保存检索</translation>
    </message>
    <message>
        <source>Cannot change the collection</source>
        <translation>无法修改合集</translation>
    </message>
    <message>
        <source>Cannot delete the collection</source>
        <translation>无法删除合集</translation>
    </message>
    <message>
        <source>Delete the collection “%1”?</source>
        <translation>删除合集“%1”？</translation>
    </message>
    <message>
        <source>Its items stay in the knowledge base.</source>
        <translation>其中的条目仍保留在知识库中。</translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation>无法删除已存检索</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>It has %n link(s) to or from other items; they go with it. Edit ▸ Undo brings both back.</source>
        <translation><numerusform>它与其他条目之间有 %n 个链接，将一并删除。“编辑 ▸ 撤销”可将二者一起恢复。</numerusform></translation>
    </message>
    <message>
        <source>Cannot add the link</source>
        <translation>无法添加链接</translation>
    </message>
    <message>
        <source>Cannot add to the collection “%1”</source>
        <translation>无法加入合集“%1”</translation>
    </message>
    <message>
        <source>Cannot make a statement from the selection</source>
        <translation>无法用所选文字新建表述</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建合集</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>合集名称：</translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>请先输入检索，再保存。</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存检索</translation>
    </message>
    <message>
        <source>Name for “%1”:</source>
        <translation>“%1”的名称：</translation>
    </message>
</context>
<context>
    <name>plenum::ui::GraphPanel</name>
    <message>
        <source>&amp;Depth:</source>
        <translation>深度(&amp;D)：</translation>
    </message>
    <message>
        <source>Click to open · double-click to centre · wheel to zoom · drag to pan</source>
        <translation>单击打开 · 双击居中 · 滚轮缩放 · 拖动平移</translation>
    </message>
    <message>
        <source>Cannot show the links of %1</source>
        <translation>无法显示 %1 的链接</translation>
    </message>
    <message>
        <source>Find in graph</source>
        <translation>在图中查找</translation>
    </message>
    <message>
        <source>&amp;Types</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <source>Fit the graph to the view (Home)</source>
        <translation>使关系图适合视图（Home）</translation>
    </message>
</context>
<context>
    <name>plenum::ui::GraphView</name>
    <message>
        <source>Link graph</source>
        <translation>链接关系图</translation>
    </message>
    <message>
        <source>Open an item to see its links as a graph.</source>
        <translation>打开一个条目，即可以关系图查看它的链接。</translation>
    </message>
    <message>
        <source>Showing the first %1 items</source>
        <translation>仅显示前 %1 个条目</translation>
    </message>
</context>
<context>
    <name>plenum::ui::Help</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Plenum user guide</source>
        <translation>Plenum 用户指南</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 records in %2: %3 new, %4 already in the knowledge base (they only fill in what it lacks), %5 that cannot be read. Nothing is written until you choose Import.</source>
        <translation>%2 中共 %1 条记录：新增 %3 条，已在知识库中 %4 条（只补充知识库缺少的字段），无法读取 %5 条。选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Fields not understood</source>
        <translation>未识别的字段</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>待导入的记录</translation>
    </message>
    <message>
        <source>Records that cannot be read</source>
        <translation>无法读取的记录</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Skipped (the other records are imported):</source>
        <translation>已跳过（其余记录照常导入）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Already here: merged</source>
        <translation>已存在：合并</translation>
    </message>
    <message>
        <source>The same work as “%1”, which keeps its values and takes only the fields it lacks.</source>
        <translation>与“%1”是同一作品：保留其原有内容，只补充它缺少的字段。</translation>
    </message>
    <message>
        <source>New: a possible duplicate</source>
        <translation>新增：可能重复</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>It looks like %1; merge them afterwards if they are one work.</source>
        <translation>它与%1相似；如果是同一作品，导入后可以合并。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1 records in %2: %3 new, %4 that update the ones imported before, %5 already here unchanged, %6 you edited here (kept as you left them). Nothing is written until you choose Import.</source>
        <translation>%2 中有 %1 条记录：新增 %3 条，更新先前导入的 %4 条，已在库中且无变化 %5 条，您在此处改过的 %6 条（保留您的版本）。选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Updates the stored one</source>
        <translation>更新库中的版本</translation>
    </message>
    <message>
        <source>Stored as imported before and not edited since: this file's version replaces it.</source>
        <translation>库中的版本是先前导入的且未改过：将由此文件中的版本替换。</translation>
    </message>
    <message>
        <source>Already here: unchanged</source>
        <translation>已在库中：无变化</translation>
    </message>
    <message>
        <source>Kept as you edited it</source>
        <translation>保留您改过的版本</translation>
    </message>
    <message>
        <source>You changed it after it was imported; your version stays and this file's is not written.</source>
        <translation>导入后您修改过它；保留您的版本，不写入此文件中的版本。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Creates the document “%1”.</source>
        <translation>将新建文件“%1”。</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>Affiliation: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>关键词：%1</translation>
    </message>
    <message>
        <source>DOI: %1</source>
        <translation>DOI：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>发布机关：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Adopted by: %1</source>
        <translation>通过机关：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>网址：%1</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>章节：</translation>
    </message>
    <message>
        <source>Statements (quotations): %1 paragraphs or parts, %2 figure captions; %3 citation markers, %4 of them linked.</source>
        <translation>表述（引文）：%1 个段落或部分，%2 个图表说明；%3 个引用标记，其中 %4 个已链接。</translation>
    </message>
    <message>
        <source>Its reference list: %1 new references, %2 already in the knowledge base.</source>
        <translation>其参考文献列表：新增文献 %1 条，已在知识库中 %2 条。</translation>
    </message>
    <message>
        <source>Not understood, line %1: %2</source>
        <translation>未能识别（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>未能识别：%1</translation>
    </message>
    <message>
        <source>Reference [%1], line %2: %3</source>
        <translation>参考文献 [%1]，第 %2 行：%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ItemEditor</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>（未核查）</translation>
    </message>
    <message>
        <source>Also known as (Chinese, ; between)</source>
        <translation>别名（中文，以 ; 分隔）</translation>
    </message>
    <message>
        <source>Also known as (English, ; between)</source>
        <translation>别名（英文，以 ; 分隔）</translation>
    </message>
    <message>
        <source>Tags (, between)</source>
        <translation>标签（以 , 分隔）</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>编辑%1“%2”</translation>
    </message>
    <message>
        <source>Cannot save yet: %1</source>
        <translation>尚不能保存：%1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::ItemPage</name>
    <message>
        <source>%1 was deleted. Edit ▸ Undo brings it back.</source>
        <translation>%1 已删除。“编辑 ▸ 撤销”可以恢复。</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>无法显示 %1</translation>
    </message>
    <message>
        <source>Unlinked mentions</source>
        <translation>未链接的提及</translation>
    </message>
    <message>
        <source>Find where this is named without a link</source>
        <translation>查找提到它却没有链接的地方</translation>
    </message>
    <message>
        <source>None: every mention is linked.</source>
        <translation>没有：所有提及都已链接。</translation>
    </message>
    <message numerus="yes">
        <source>Link all %n</source>
        <translation><numerusform>全部链接（%n 处）</numerusform></translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复的文献</translation>
    </message>
    <message>
        <source>merge into this one</source>
        <translation>合并到此条</translation>
    </message>
    <message>
        <source>Cannot look for mentions of %1</source>
        <translation>无法查找 %1 的提及</translation>
    </message>
    <message>
        <source>Cannot follow the link</source>
        <translation>无法打开该链接</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>加入合集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cannot edit %1</source>
        <translation>无法编辑 %1</translation>
    </message>
    <message>
        <source>Cannot make a new item</source>
        <translation>无法新建条目</translation>
    </message>
    <message>
        <source>New Statement from Selection</source>
        <translation>用所选文字新建表述</translation>
    </message>
    <message>
        <source>Open the PDF at page %1</source>
        <translation>在第 %1 页打开 PDF</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>copied beside the knowledge base</source>
        <translation>已复制到知识库旁</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Reader — %1</source>
        <translation>阅读器 — %1</translation>
    </message>
    <message>
        <source>Cannot open the PDF of %1</source>
        <translation>无法打开 %1 的 PDF</translation>
    </message>
    <message>
        <source>the same DOI</source>
        <translation>DOI 相同</translation>
    </message>
    <message>
        <source>same title, year and first author</source>
        <translation>题名、年份和第一作者相同</translation>
    </message>
</context>
<context>
    <name>plenum::ui::LinkDialog</name>
    <message>
        <source>Add Link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>ID, alias or name</source>
        <translation>ID、别名或名称</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>自：%1</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>关系：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>No item has the ID, alias or name “%1”.</source>
        <translation>没有 ID、别名或名称为“%1”的条目。</translation>
    </message>
    <message>
        <source>An item cannot link to itself.</source>
        <translation>条目不能链接到自身。</translation>
    </message>
</context>
<context>
    <name>plenum::ui::MainActions</name>
    <message>
        <source>Cannot complete “%1”</source>
        <translation>无法完成“%1”</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Knowledge Base…</source>
        <translation>新建知识库(&amp;K)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Knowledge Base…</source>
        <translation>打开知识库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Rebuild &amp;Search Index</source>
        <translation>重建检索索引(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>This &amp;Note…</source>
        <translation>当前笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;All Notes…</source>
        <translation>全部笔记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Dossier of This Item…</source>
        <translation>当前条目的专题报告(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;References…</source>
        <translation>文献(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>新建笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>编辑笔记(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>删除条目(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Delete</source>
        <translation>Ctrl+Shift+Delete</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>检索(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Concepts</source>
        <translation>概念(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Item Page</source>
        <translation>条目页面(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Item &amp;Page</source>
        <translation>条目页面(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Link &amp;Graph</source>
        <translation>链接关系图(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Plenum</source>
        <translation>关于 Plenum(&amp;A)</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>打开知识库</translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum);;All files (*)</source>
        <translation>Plenum 知识库 (*.db *.plenum);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Knowledge Base</source>
        <translation>新建知识库</translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum)</source>
        <translation>Plenum 知识库 (*.db *.plenum)</translation>
    </message>
    <message>
        <source>Cannot create the knowledge base</source>
        <translation>无法创建知识库</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose a new name.</source>
        <translation>%1 已存在；请直接打开它，或换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The new interface language takes effect when Plenum starts again. Restart now?</source>
        <translation>新的界面语言将在 Plenum 重新启动后生效。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Open a note first; to export every note choose Export ▸ All Notes.</source>
        <translation>请先打开一篇笔记；要导出全部笔记，请选择“导出 ▸ 全部笔记”。</translation>
    </message>
    <message>
        <source>About Plenum</source>
        <translation>关于 Plenum</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plenum %1&lt;/h3&gt;&lt;p&gt;A knowledge base for research on Chinese social governance policy: Party milestones, documents, statements, concepts and references, linked.&lt;/p&gt;&lt;p&gt;Knowledge base: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plenum %1&lt;/h3&gt;&lt;p&gt;中国社会治理政策研究知识库：党的重要会议、文件、表述、概念和文献，彼此关联。&lt;/p&gt;&lt;p&gt;知识库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>plenum::ui::MainWindow</name>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>%1 — Plenum</source>
        <translation>%1 — Plenum</translation>
    </message>
    <message>
        <source>Cannot read the knowledge base</source>
        <translation>无法读取知识库</translation>
    </message>
    <message>
        <source>%1 milestones · %2 documents · %3 statements · %4 references · %5 concepts · %6 notes · %7 links</source>
        <translation>会议 %1 · 文件 %2 · 表述 %3 · 文献 %4 · 概念 %5 · 笔记 %6 · 链接 %7</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written: you can read and search, not change.</source>
        <translation>文件或其所在文件夹不可写：可以阅读和检索，但不能修改。</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing %1… (%2 s)</source>
        <translation>正在等待另一个程序写完 %1…（%2 秒）</translation>
    </message>
    <message>
        <source>%1 is read-only: Plenum opened it for reading.</source>
        <translation>%1 是只读的：Plenum 以只读方式打开了它。</translation>
    </message>
    <message>
        <source>Cannot link the mentions</source>
        <translation>无法链接这些提及</translation>
    </message>
    <message>
        <source>Cannot reject the link</source>
        <translation>无法否决该链接</translation>
    </message>
    <message>
        <source>Cannot merge the references</source>
        <translation>无法合并文献</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>无法显示 %1</translation>
    </message>
    <message>
        <source>Cannot show the change to %1</source>
        <translation>无法显示对 %1 的修改</translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>无法保存笔记</translation>
    </message>
    <message>
        <source>Cannot create a note</source>
        <translation>无法新建笔记</translation>
    </message>
    <message>
        <source>Cannot open the note %1</source>
        <translation>无法打开笔记 %1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::MilestoneTreeModel</name>
    <message>
        <source>%1 Central Committee · 第%2届中央委员会</source>
        <translation>第%2届中央委员会</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>dates unknown</source>
        <translation>日期不详</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NavigatorPanel</name>
    <message>
        <source>Milestones</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>合集</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>笔记标题</translation>
    </message>
    <message>
        <source>Write in Markdown. Type [[ to link any item by name or alias, [@ to cite a reference.</source>
        <translation>用 Markdown 书写。输入 [[ 可按名称或别名链接任一条目，输入 [@ 可引用文献。</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>笔记正文</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Links in this note</source>
        <translation>本笔记中的链接</translation>
    </message>
    <message>
        <source>Links and citations</source>
        <translation>链接与引用</translation>
    </message>
    <message>
        <source>? %1 (not found)</source>
        <translation>？%1（未找到）</translation>
    </message>
    <message>
        <source>Cannot read the names to complete</source>
        <translation>无法读取用于补全的名称</translation>
    </message>
    <message>
        <source>Cannot look up the links of this note</source>
        <translation>无法查找这篇笔记中的链接</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Citation style state</source>
        <translation>引用格式状态</translation>
    </message>
    <message>
        <source>Cannot read when the note was saved</source>
        <translation>无法读取笔记的保存时间</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>New note: kept once you write something</source>
        <translation>新笔记：写入内容后保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Formatting citations…</source>
        <translation>正在排版引用…</translation>
    </message>
    <message>
        <source>Citations shown as written: %1</source>
        <translation>引用按原文显示：%1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>编号：%1</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteListModel</name>
    <message>
        <source>(untitled note)</source>
        <translation>（未命名笔记）</translation>
    </message>
    <message>
        <source>%1
created %2 · changed %3</source>
        <translation>%1
创建于 %2 · 修改于 %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>plenum::ui::NoteListPanel</name>
    <message>
        <source>New Note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>筛选笔记</translation>
    </message>
    <message>
        <source>Order of the notes</source>
        <translation>笔记排序</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>plenum::ui::RecoveryDialog</name>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>references</source>
        <translation>文献</translation>
    </message>
    <message>
        <source>concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Saved into %1: %2.</source>
        <translation>已保存到 %1：%2。</translation>
    </message>
    <message>
        <source>Damaged parts were skipped in: %1.</source>
        <translation>以下部分有损坏，已跳过：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 rows were left out because what they belong to was lost.</source>
        <translation>有 %1 行因所属内容已丢失而未能保留。</translation>
    </message>
    <message>
        <source>The damaged file was not changed.</source>
        <translation>损坏的文件没有任何改动。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Salvaging…</source>
        <translation>正在抢救…</translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>已抢救</translation>
    </message>
    <message>
        <source>Open Knowledge Base</source>
        <translation>打开知识库</translation>
    </message>
    <message>
        <source>Plenum knowledge bases (*.db *.plenum);;All files (*)</source>
        <translation>Plenum 知识库 (*.db *.plenum);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>正在查找完好的备份…</translation>
    </message>
    <message>
        <source>Cannot recover the knowledge base</source>
        <translation>无法恢复知识库</translation>
    </message>
    <message>
        <source>Knowledge Base Damaged</source>
        <translation>知识库已损坏</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cannot be opened.&lt;/b&gt;</source>
        <translation>&lt;b&gt;无法打开 %1。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file itself is not changed.</source>
        <translation>无论选择哪一项，损坏的文件本身都不会被改动。</translation>
    </message>
    <message>
        <source>There is no good backup of it in %1.</source>
        <translation>%1 中没有它的完好备份。</translation>
    </message>
    <message>
        <source>The latest good backup is from %1 (%2, %3) and holds %4.</source>
        <translation>最新的完好备份制作于 %1（%2，%3），其中有 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n newer backup(s) are damaged too and were passed over.</source>
        <translation><numerusform>另有 %n 个较新的备份也已损坏，已跳过。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>恢复此备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Salvage into a New File</source>
        <translation>抢救到新文件(&amp;S)</translation>
    </message>
    <message>
        <source>Copies what can still be read into a new knowledge base beside the damaged one.</source>
        <translation>把仍能读出的内容复制到损坏文件旁边的一个新知识库中。</translation>
    </message>
    <message>
        <source>&amp;Open Another Knowledge Base…</source>
        <translation>打开其他知识库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The knowledge base file is damaged.</source>
        <translation>知识库文件已损坏。</translation>
    </message>
</context>
<context>
    <name>plenum::ui::SearchPanel</name>
    <message>
        <source>Also search other names (aliases)</source>
        <translation>同时检索其他名称（别名）</translation>
    </message>
    <message>
        <source>Search 社会治理, "grid management", 十八届三中全会 … (Ctrl+K)</source>
        <translation>检索 社会治理、"grid management"、十八届三中全会 …（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <source>Building the search index… %1%</source>
        <translation>正在建立检索索引… %1%</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>Searching counts…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>共 %n 条结果</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); the most relevant and most recent are ranked</source>
        <translation><numerusform>共 %n 条结果；已对最相关和最新的结果排序</numerusform></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Central Committee:</source>
        <translation>中央委员会：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Cannot search</source>
        <translation>无法检索</translation>
    </message>
    <message>
        <source>%1 CC</source>
        <translation>%1届</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Central Committee</source>
        <translation>中央委员会</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Narrow the results by type, Central Committee or year</source>
        <translation>按类型、届次或年份缩小结果范围</translation>
    </message>
    <message>
        <source>Also searched for: %1</source>
        <translation>同时检索了：%1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
    <message>
        <source>Also listing what links to %1</source>
        <translation>同时列出链接到%1的条目</translation>
    </message>
</context>
<context>
    <name>plenum::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup schedule…</source>
        <translation>备份计划…</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when Plenum starts again.</source>
        <translation>新的界面语言在 Plenum 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>字号(&amp;F)：</translation>
    </message>
    <message>
        <source>Default &amp;citation style:</source>
        <translation>默认引文格式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Attachment folder:</source>
        <translation>附件文件夹(&amp;A)：</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Attachment folder</source>
        <translation>附件文件夹</translation>
    </message>
    <message>
        <source>the “.files” folder next to the knowledge base</source>
        <translation>默认：知识库旁的附件文件夹</translation>
    </message>
    <message>
        <source>Off (only Sync Now)</source>
        <translation>关闭（仅手动“立即同步”）</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>每 15 分钟</translation>
    </message>
    <message>
        <source>Team library &amp;sync:</source>
        <translation>团队文献库同步(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>plenum::ui::StatisticsView</name>
    <message>
        <source>&amp;Series:</source>
        <translation>数据系列(&amp;S)：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamActions</name>
    <message>
        <source>Cannot sync the team library</source>
        <translation>无法同步团队文献库</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Cannot complete “%1”</source>
        <translation>无法完成“%1”</translation>
    </message>
    <message>
        <source>&amp;Team Library</source>
        <translation>团队文献库(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>输入密码(&amp;P)…</translation>
    </message>
    <message>
        <source>C&amp;reate Team Library…</source>
        <translation>创建团队文献库(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Join Team Library…</source>
        <translation>加入团队文献库(&amp;J)…</translation>
    </message>
    <message>
        <source>Cannot read the team library settings of %1</source>
        <translation>无法读取 %1 的团队文献库设置</translation>
    </message>
    <message>
        <source>Sync stopped; the next sync goes on from there.</source>
        <translation>同步已停止；下次同步将从此处继续。</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>无法同步</translation>
    </message>
    <message>
        <source>This knowledge base is read-only.</source>
        <translation>此知识库为只读。</translation>
    </message>
    <message>
        <source>This knowledge base is not in a team library: create or join one first.</source>
        <translation>此知识库不属于任何团队文献库：请先创建或加入一个。</translation>
    </message>
    <message>
        <source>Team library synced: %1 received, %2 sent.</source>
        <translation>团队文献库已同步：收到 %1 项，发出 %2 项。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice (Team Library ▸ Conflicts…).</source>
        <translation><numerusform>%n 处冲突等待您选择（团队文献库 ▸ 冲突…）。</numerusform></translation>
    </message>
    <message>
        <source>Team library “%1” created.</source>
        <translation>已创建团队文献库“%1”。</translation>
    </message>
    <message>
        <source>Joined the team library “%1”.</source>
        <translation>已加入团队文献库“%1”。</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>无法显示 %1</translation>
    </message>
    <message>
        <source>Team Library Password</source>
        <translation>团队文献库密码</translation>
    </message>
    <message>
        <source>Password of %1 on %2 (kept until Plenum quits; ~/.pgpass keeps it for good):</source>
        <translation>%1 在 %2 上的密码（保留到 Plenum 退出；写入 ~/.pgpass 可长期保存）：</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamConflictsDialog</name>
    <message>
        <source>deleted here, changed there</source>
        <translation>本地已删除，对方已修改</translation>
    </message>
    <message>
        <source>changed here, deleted there</source>
        <translation>本地已修改，对方已删除</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>双方都已修改</translation>
    </message>
    <message>
        <source>the whole item</source>
        <translation>整个条目</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>also known as</source>
        <translation>又称</translation>
    </message>
    <message>
        <source>No conflicts: every change here and in the team library fits together.</source>
        <translation>没有冲突：本地与团队文献库的修改彼此相容。</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Use Mer&amp;ged</source>
        <translation>使用合并结果(&amp;G)</translation>
    </message>
    <message>
        <source>Team Library Conflicts</source>
        <translation>团队文献库冲突</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>合并后的文本</translation>
    </message>
    <message>
        <source>Keep the value on this computer; it goes to the team library at the next sync</source>
        <translation>保留本机上的值；下次同步时发送到团队文献库</translation>
    </message>
    <message>
        <source>Replace the value here with the team library's</source>
        <translation>用团队文献库中的值替换本地的值</translation>
    </message>
    <message>
        <source>Store the text in the Merged box, edited to remove the conflict markers</source>
        <translation>保存“合并”框中的文本（请先删除冲突标记）</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>上次同步时</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>我的（本机）</translation>
    </message>
    <message>
        <source>Theirs (team library)</source>
        <translation>对方的（团队文献库）</translation>
    </message>
    <message>
        <source>Merged (edit, then Use Merged)</source>
        <translation>合并（编辑后点击“使用合并结果”）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Theirs (team library, version %1)</source>
        <translation>对方的（团队文献库，版本 %1）</translation>
    </message>
    <message>
        <source>The merged text still has conflict markers (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): edit them out first.</source>
        <translation>合并后的文本仍有冲突标记（&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;）：请先删除它们。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamConnectDialog</name>
    <message>
        <source>Create Team Library</source>
        <translation>创建团队文献库</translation>
    </message>
    <message>
        <source>Join Team Library</source>
        <translation>加入团队文献库</translation>
    </message>
    <message>
        <source>Put this knowledge base on a PostgreSQL server as a new team library. You become its admin and can then add members.</source>
        <translation>将此知识库放到 PostgreSQL 服务器上，作为新的团队文献库。您成为其管理员，随后可以添加成员。</translation>
    </message>
    <message>
        <source>Join a team library on a PostgreSQL server. What the library holds comes into this knowledge base; what you add here goes to the others at each sync.</source>
        <translation>加入 PostgreSQL 服务器上的团队文献库。文献库的内容会进入此知识库；您在此添加的内容在每次同步时发给其他成员。</translation>
    </message>
    <message>
        <source>postgresql://name@server:5432/database?library=NAME</source>
        <translation>postgresql://用户名@服务器:5432/数据库?library=文献库名</translation>
    </message>
    <message>
        <source>e.g. Grassroots governance group</source>
        <translation>例如：基层治理课题组</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>留空则使用 ~/.pgpass</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器地址(&amp;U)：</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>文献库名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the server's URL and a name for the library.</source>
        <translation>请输入服务器地址和文献库名称。</translation>
    </message>
    <message>
        <source>Enter the URL of the team library.</source>
        <translation>请输入团队文献库的地址。</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>已在完成前停止。</translation>
    </message>
    <message>
        <source>Add &amp;sslmode=verify-full&amp;sslrootcert=FILE to check the server's certificate, and &amp;timeout=SECONDS for a slow link: how long a silent server is waited for (10 s to connect and 60 s per request without it). Joining again with a new URL changes it.</source>
        <translation>加上 &amp;sslmode=verify-full&amp;sslrootcert=文件 可校验服务器证书；网络较慢时加上 &amp;timeout=秒数：服务器不应答时等待多久（不加时连接等 10 秒，每个请求等 60 秒）。用新的 URL 再次加入即可更改。</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamMembersDialog</name>
    <message>
        <source>Reader (reads and syncs)</source>
        <translation>读者（阅读和同步）</translation>
    </message>
    <message>
        <source>Editor (also changes)</source>
        <translation>编辑（还可修改）</translation>
    </message>
    <message>
        <source>Admin (also manages members)</source>
        <translation>管理员（还可管理成员）</translation>
    </message>
    <message>
        <source>&amp;Add Member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Team Library Members</source>
        <translation>团队文献库成员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Only an admin of the library adds or removes members.</source>
        <translation>只有文献库管理员可以添加或移除成员。</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from the team library? From then on %1 can neither read nor change it.</source>
        <translation>从团队文献库中移除 %1？此后 %1 将无法阅读或修改它。</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamStatusButton</name>
    <message>
        <source>⟳ Syncing…</source>
        <translation>⟳ 正在同步…</translation>
    </message>
    <message>
        <source>⚠ Sync failed</source>
        <translation>⚠ 同步失败</translation>
    </message>
    <message>
        <source>✓ Synced %1</source>
        <translation>✓ 已同步 %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%n to push</source>
        <translation><numerusform>%n 项待上传</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation><numerusform>%n 处冲突</numerusform></translation>
    </message>
    <message>
        <source>Team library “%1” on %2 as %3 (%4)</source>
        <translation>团队文献库“%1”，服务器 %2，成员 %3（%4）</translation>
    </message>
    <message>
        <source>Library version %1</source>
        <translation>文献库版本 %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minute(s); click to sync now.</source>
        <translation><numerusform>每 %n 分钟同步一次；点击立即同步。</numerusform></translation>
    </message>
    <message>
        <source>Background sync is off (Settings); click to sync now.</source>
        <translation>后台同步已关闭（见设置）；点击立即同步。</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TeamSyncer</name>
    <message>
        <source>Syncing the team library “%1”…</source>
        <translation>正在同步团队文献库“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TimelinePanel</name>
    <message>
        <source>&amp;Highlight concept:</source>
        <translation>突出显示概念(&amp;H)：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <source>Show the whole timeline (Home)</source>
        <translation>显示整条时间轴（Home）</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom · drag or Shift+←/→ to pan · ←/→ to step · Enter to open</source>
        <translation>滚轮或 +/− 缩放 · 拖动或 Shift+←/→ 平移 · ←/→ 逐个移动 · 回车打开</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cannot show the history of %1</source>
        <translation>无法显示 %1 的沿革</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TimelineView</name>
    <message>
        <source>Timeline of Party congresses and plenums</source>
        <translation>党的代表大会和全会时间轴</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>plenum::ui::TransferActions</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>Plenum cannot tell the format of %1 from its name.</source>
        <translation>无法从文件名判断 %1 的格式。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>What kind of file is this?</source>
        <translation>这是哪种文件？</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was changed.</source>
        <translation>已取消导入 %1；知识库没有任何改动。</translation>
    </message>
    <message>
        <source>Plenum read %1. The details show what the import will create and what it did not understand.</source>
        <translation>已读取 %1。详细信息列出导入将创建的内容和无法识别的部分。</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Export Dossier</source>
        <translation>导出专题报告</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export References</source>
        <translation>导出文献</translation>
    </message>
    <message>
        <source>BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)</source>
        <translation>BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file .bib, .ris or .json to choose the format.</source>
        <translation>请用 .bib、.ris 或 .json 作为扩展名来选择格式。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reference(s) to %1</source>
        <translation><numerusform>已把 %n 条文献导出到 %1</numerusform></translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>正在重建检索索引…</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index</source>
        <translation>无法重建检索索引</translation>
    </message>
    <message>
        <source>Search index rebuilt: %1 items.</source>
        <translation>检索索引已重建：%1 个条目。</translation>
    </message>
    <message>
        <source>Citation style:</source>
        <translation>引文格式：</translation>
    </message>
    <message>
        <source>Some records of %1 were skipped</source>
        <translation>%1 中有些记录被跳过</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Markdown (*.md);;Web page (*.html);;PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>Word 文档 (*.docx);;Markdown (*.md);;网页 (*.html);;PDF (*.pdf);;OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Papers, documents, bibliographies and knowledge bases (*.pdf *.html *.htm *.mhtml *.mht *.docx *.md *.markdown *.txt *.bib *.ris *.json *.enw *.net *.ne *.sqlite *.plenum-kb *.jsonl);;Plenum knowledge base (*.plenum-kb *.jsonl);;PDF (*.pdf);;Web pages (*.html *.htm *.mhtml *.mht);;Word (*.docx);;Papers (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json);;EndNote, RefWorks, NoteExpress (*.enw *.txt *.net *.ne);;Zotero library (zotero.sqlite *.sqlite)</source>
        <translation>论文、文件、书目与知识库 (*.pdf *.html *.htm *.mhtml *.mht *.docx *.md *.markdown *.txt *.bib *.ris *.json *.enw *.net *.ne *.sqlite *.plenum-kb *.jsonl);;Plenum 知识库 (*.plenum-kb *.jsonl);;PDF (*.pdf);;网页 (*.html *.htm *.mhtml *.mht);;Word 文档 (*.docx);;论文 (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json);;EndNote、RefWorks、NoteExpress (*.enw *.txt *.net *.ne);;Zotero 文献库 (zotero.sqlite *.sqlite)</translation>
    </message>
    <message>
        <source>Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as you edited them.</source>
        <translation>已合并 %1：新增 %2 条，更新 %3 条，无变化 %4 条，保留您改过的 %5 条。</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Imported %1 as “%2”: %3 statements.</source>
        <translation>已导入 %1，成为“%2”：%3 条表述。</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 merged into references already here, %4 skipped.</source>
        <translation>已导入 %1：新增文献 %2 条，并入已有文献 %3 条，跳过 %4 条。</translation>
    </message>
</context>
</TS>