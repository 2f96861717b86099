#!/usr/bin/env python3
"""Fills resources/translations/plenum_zh_CN.ts (Simplified Chinese) and plenum_en.ts.

Run after `cmake --build build/release --target update_translations` added new source texts;
every source text must have an entry below, or the script fails naming what is missing.
"""
import sys
import xml.etree.ElementTree as ET

ZH = {
    # item pages
    "Claim check": "核查结论",
    "Also known as": "又称",
    "History": "沿革",
    "Broader concepts": "上位概念",
    "Narrower concepts": "下位概念",
    "Related concepts": "相关概念",
    "Documents": "文件",
    "Concepts introduced or reshaped": "提出或发展的概念",
    "Statements": "表述",
    "Links": "链接",
    "Mentioned in documents": "提及它的文件",
    "Mentioned in statements": "提及它的表述",
    "Mentioned in notes": "提及它的笔记",
    "Linked from concepts": "链接到此的概念",
    "Linked from milestones": "链接到此的会议",
    "Linked from references": "链接到此的文献",
    "Plenum linked this automatically; reject it if it is not a mention": "此链接由 Plenum 自动识别；如果并非提及，可以否决",
    "✕ not a mention": "✕ 不是提及",
    "Sources": "来源",
    "Kind": "类别",
    "Term": "届次",
    "Session": "会次",
    "Date": "日期",
    "Language": "语言",
    "Where": "位置",
    "Source document": "出处文件",
    "Citation key": "引用键",
    "Published in": "刊载于",
    "Year": "年份",
    "Volume": "卷",
    "Issue": "期",
    "Pages": "页码",
    "Publisher": "出版者",
    "Note": "笔记",
    "Milestone": "会议",
    "Concept": "概念",
    "Document": "文件",
    "Reference": "文献",
    "Statement": "表述",
    "National Party Congress": "党的全国代表大会",
    "Central Committee plenary session": "中央委员会全体会议",
    "Other event": "其他事件",
    "paraphrase": "转述",
    "quotation": "引文",
    "claim": "论断",
    "statistic": "统计",
    "decision": "决定",
    "report": "报告",
    "communiqué": "公报",
    "resolution": "决议",
    "proposal": "建议",
    "paper": "论文",
    "verified": "已核实",
    "partly inconsistent": "部分不符",
    "unverified": "未能核实",
    "wrong": "有误",
    "%1 was deleted. Edit ▸ Undo brings it back.": "%1 已删除。“编辑 ▸ 撤销”可以恢复。",
    "Cannot show %1": "无法显示 %1",
    "Unlinked mentions": "未链接的提及",
    "Find where this is named without a link": "查找提到它却没有链接的地方",
    "None: every mention is linked.": "没有：所有提及都已链接。",
    "Link all %n": "全部链接（%n 处）",
    "link": "链接",
    "Possible duplicates": "可能重复的文献",
    "merge into this one": "合并到此条",
    "Cannot look for mentions of %1": "无法查找 %1 的提及",
    "%1 items link here; the first %2 are listed.": "共有 %1 个条目链接到这里，下面列出前 %2 个。",
    "Search them all": "检索全部",
    # errors that reach the user: what failed, and the sentence for each core::ErrorCode
    "Cannot complete “%1”": "无法完成“%1”",
    "Cannot create a note": "无法新建笔记",
    "Cannot follow the link": "无法打开该链接",
    "Cannot look up the links of this note": "无法查找这篇笔记中的链接",
    "Cannot open %1": "无法打开 %1",
    "Cannot open the note %1": "无法打开笔记 %1",
    "Cannot read the names to complete": "无法读取用于补全的名称",
    "Cannot search": "无法检索",
    "Cannot show the change to %1": "无法显示对 %1 的修改",
    "Cannot show the history of %1": "无法显示 %1 的沿革",
    "Cannot show the links of %1": "无法显示 %1 的链接",
    "Plenum was asked for something it cannot do.": "Plenum 无法执行所请求的操作。",
    "The item, file or folder does not exist.": "该条目、文件或文件夹不存在。",
    "The data does not follow its format or the rules of the knowledge base.": "数据不符合其格式或知识库的规则。",
    "The file system refused: a folder is missing, permission is denied or the disk failed.": "文件系统拒绝了操作：文件夹不存在、没有权限或磁盘出错。",
    "The file is not a Plenum knowledge base.": "该文件不是 Plenum 知识库。",
    "A newer version of Plenum wrote this knowledge base; update Plenum to open it.": "该知识库由更新版本的 Plenum 写入；请升级 Plenum 后再打开。",
    "Another program is using the knowledge base; try again when it has finished.": "另一个程序正在使用该知识库；请待其完成后重试。",
    "The knowledge base or its folder cannot be written.": "知识库或其所在文件夹不可写入。",
    "The knowledge base file is damaged. Close Plenum and restore a backup (plenum-cli restore --latest), or see what is affected with plenum-cli check.": "知识库文件已损坏。请关闭 Plenum 并恢复备份（plenum-cli restore --latest），或用 plenum-cli check 查看受影响的内容。",
    "The change conflicts with another edit or with a rule that names must be unique.": "此更改与另一处编辑冲突，或违反了名称必须唯一的规则。",
    "The work was stopped.": "操作已停止。",
    "The database failed unexpectedly.": "数据库发生了意外错误。",
    # generic
    "Cannot write the screenshot %1.": "无法写入截图 %1。",
    "%1 Congress": "%1 次代表大会",
    "Cancel": "取消",
    "Cannot write %1: %2.": "无法写入 %1：%2。",
    # undo
    "Edit note “%1”": "编辑笔记“%1”",
    "New note “%1”": "新建笔记“%1”",
    "Cannot save the note": "无法保存笔记",
    "Cannot undo the note edit": "无法撤销对笔记的修改",
    "Delete %1": "删除 %1",
    "Cannot delete the item": "无法删除条目",
    "Cannot restore the item": "无法恢复条目",
    "Link %n mention(s) of %1": "链接 %1 的 %n 处提及",
    "Cannot link the mentions": "无法链接这些提及",
    "Cannot undo the linking": "无法撤销链接",
    "Reject an automatic link to %1": "否决指向 %1 的自动链接",
    "Cannot reject the link": "无法否决该链接",
    "Cannot undo the rejection": "无法撤销否决",
    "Merge %1 into %2": "把 %1 合并到 %2",
    "Cannot merge the references": "无法合并文献",
    "Cannot undo the merge": "无法撤销合并",
    # concept tree
    "中文": "中文",
    # graph
    "Link graph": "链接关系图",
    "Open an item to see its links as a graph.": "打开一个条目，即可以关系图查看它的链接。",
    "Showing the first %1 items": "仅显示前 %1 个条目",
    # main window
    "Milestones": "会议",
    "Concepts": "概念",
    "New Note": "新建笔记",
    "Notes": "笔记",
    "&Depth:": "深度(&D)：",
    "Click to open · double-click to centre · wheel to zoom · drag to pan": "单击打开 · 双击居中 · 滚轮缩放 · 拖动平移",
    "Page": "页面",
    "Graph": "关系图",
    "Statistics": "统计",
    "&File": "文件(&F)",
    "&Open Knowledge Base…": "打开知识库(&O)…",
    "&Quit": "退出(&Q)",
    "&Edit": "编辑(&E)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&New Note": "新建笔记(&N)",
    "&Edit Note": "编辑笔记(&E)",
    "&Delete Item": "删除条目(&D)",
    "&Go": "转到(&G)",
    "&Back": "后退(&B)",
    "&Forward": "前进(&F)",
    "&Milestones": "会议(&M)",
    "&Concepts": "概念(&C)",
    "&Timeline": "时间轴(&T)",
    "&Item Page": "条目页面(&I)",
    "&View": "视图(&V)",
    "Item &Page": "条目页面(&P)",
    "Link &Graph": "链接关系图(&G)",
    "&Statistics": "统计(&S)",
    "&Help": "帮助(&H)",
    "&About Plenum": "关于 Plenum(&A)",
    "About Plenum": "关于 Plenum",
    "<h3>Plenum %1</h3><p>A knowledge base for research on Chinese social governance policy: Party milestones, documents, statements, concepts and references, linked.</p><p>Knowledge base: %2</p>":
        "<h3>Plenum %1</h3><p>中国社会治理政策研究知识库：党的重要会议、文件、表述、概念和文献，彼此关联。</p><p>知识库：%2</p>",
    "%1 — Plenum": "%1 — Plenum",
    "Cannot read the knowledge base": "无法读取知识库",
    "%1 milestones · %2 documents · %3 statements · %4 references · %5 concepts · %6 notes · %7 links":
        "会议 %1 · 文件 %2 · 表述 %3 · 文献 %4 · 概念 %5 · 笔记 %6 · 链接 %7",
    "Open Knowledge Base": "打开知识库",
    "Plenum knowledge bases (*.db *.plenum);;All files (*)": "Plenum 知识库 (*.db *.plenum);;所有文件 (*)",
    "Cannot open the knowledge base": "无法打开知识库",
    "Untitled note": "未命名笔记",
    "Cannot delete %1": "无法删除 %1",
    "Search": "检索",
    "New &Knowledge Base…": "新建知识库(&K)…",
    "Open &Recent": "最近打开(&R)",
    "&Import…": "导入(&I)…",
    "&Export": "导出(&E)",
    "This &Note…": "当前笔记(&N)…",
    "Cannot export": "无法导出",
    "Open a note first; to export every note choose Export ▸ All Notes.": "请先打开一篇笔记；要导出全部笔记，请选择“导出 ▸ 全部笔记”。",
    "&All Notes…": "全部笔记(&A)…",
    "&Dossier of This Item…": "当前条目的专题报告(&D)…",
    "&References…": "文献(&R)…",
    "Rebuild &Search Index": "重建检索索引(&S)",
    "&Search…": "检索(&S)…",
    "&Language": "界面语言(&L)",
    "System Default": "跟随系统",
    "New Knowledge Base": "新建知识库",
    "Plenum knowledge bases (*.db *.plenum)": "Plenum 知识库 (*.db *.plenum)",
    "Cannot create the knowledge base": "无法创建知识库",
    "%1 already exists; open it instead, or choose a new name.": "%1 已存在；请直接打开它，或换一个文件名。",
    "(none)": "（无）",
    "Language": "界面语言",
    "The new interface language takes effect when Plenum starts again. Restart now?": "新的界面语言将在 Plenum 重新启动后生效。现在重新启动吗？",
    # shortcuts stay as they are
    "Ctrl+E": "Ctrl+E", "Ctrl+Shift+Delete": "Ctrl+Shift+Delete", "Ctrl+1": "Ctrl+1", "Ctrl+2": "Ctrl+2", "Ctrl+3": "Ctrl+3",
    "Ctrl+T": "Ctrl+T", "Ctrl+Shift+P": "Ctrl+Shift+P", "Ctrl+G": "Ctrl+G", "Ctrl+Shift+S": "Ctrl+Shift+S", "Ctrl+Shift+N": "Ctrl+Shift+N",
    "Ctrl+I": "Ctrl+I", "Ctrl+Shift+E": "Ctrl+Shift+E", "Ctrl+K": "Ctrl+K",
    # milestone tree
    "%1 Central Committee · 第%2届中央委员会": "第%2届中央委员会",
    "Dates": "日期",
    # note editor
    "Title": "标题",
    "Note title": "笔记标题",
    "Write in Markdown. Type [[ to link any item by name or alias, [@ to cite a reference.": "用 Markdown 书写。输入 [[ 可按名称或别名链接任一条目，输入 [@ 可引用文献。",
    "Note text": "笔记正文",
    "Preview": "预览",
    "Links in this note": "本笔记中的链接",
    "Links and citations": "链接与引用",
    "? %1 (not found)": "？%1（未找到）",
    "(untitled note)": "（未命名笔记）",
    "%1 · changed %2": "%1 · 修改于 %2",
    # search
    "Also search other names (aliases)": "同时检索其他名称（别名）",
    "Search 社会治理, \"grid management\", 十八届三中全会 … (Ctrl+K)": "检索 社会治理、\"grid management\"、十八届三中全会 …（Ctrl+K）",
    "Search results": "检索结果",
    "Building the search index… %1%": "正在建立检索索引… %1%",
    "<i>Also searched for:</i> %1": "<i>同时检索了：</i>%1",
    "No matches.": "没有结果。",
    "Searching counts…": "正在统计…",
    "Ignored: %1": "已忽略：%1",
    "%n match(es)": "共 %n 条结果",
    "%n match(es); the most relevant and most recent are ranked": "共 %n 条结果；已对最相关和最新的结果排序",
    "Type:": "类型：",
    "Central Committee:": "中央委员会：",
    "Year:": "年份：",
    # statistics
    "&Series:": "数据系列(&S)：",
    "<b>Sources:</b> %1": "<b>来源：</b>%1",
    # timeline
    "&Highlight concept:": "突出显示概念(&H)：",
    "Fit": "全览",
    "Show the whole timeline (Home)": "显示整条时间轴（Home）",
    "Wheel or +/− to zoom · drag or Shift+←/→ to pan · ←/→ to step · Enter to open": "滚轮或 +/− 缩放 · 拖动或 Shift+←/→ 平移 · ←/→ 逐个移动 · 回车打开",
    "Timeline of Party congresses and plenums": "党的代表大会和全会时间轴",
    "%1 Central Committee": "第%1届中央委员会",
    "Today": "今天",
    # backups, read-only, recovery
    " hours": " 小时",
    "%1\n\nRestore the latest backup, %2? The damaged file is kept beside it and is not changed.":
        "%1\n\n要恢复最新的备份 %2 吗？损坏的文件会保留在旁边，不做任何改动。",
    "%1 is read-only: Plenum opened it for reading.": "%1 是只读的：Plenum 以只读方式打开了它。",
    "&Backups…": "备份(&B)…",
    "&Keep the newest:": "保留最新的(&K)：",
    "Back Up &Now": "立即备份(&N)",
    "Back up &every:": "备份间隔(&E)：",
    "Backed up to %1": "已备份到 %1",
    "Backups": "备份",
    "Backups (restore one with plenum-cli restore FILE while Plenum is closed):": "已有的备份（关闭 Plenum 后可用 plenum-cli restore 文件 恢复）：",
    "Cannot back up": "无法备份",
    "Cannot back up the knowledge base": "无法备份知识库",
    "Cannot restore the backup": "无法恢复备份",
    "Cannot save the backup settings": "无法保存备份设置",
    "Folder:": "文件夹：",
    "Knowledge base damaged": "知识库已损坏",
    "Read-only": "只读",
    "The file or its folder cannot be written: you can read and search, not change.": "文件或其所在文件夹不可写：可以阅读和检索，但不能修改。",
    "Waiting for another program to finish writing %1… (%2 s)": "正在等待另一个程序写完 %1…（%2 秒）",
    "never (only before migrations and large imports)": "从不（只在升级和大批导入前备份）",
    # import / export
    "Import": "导入",
    "Papers and bibliographies (*.md *.markdown *.txt *.bib *.ris *.json);;Papers (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)":
        "论文和参考文献 (*.md *.markdown *.txt *.bib *.ris *.json);;论文 (*.md *.markdown *.txt);;BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)",
    "Cannot import %1": "无法导入 %1",
    "Plenum cannot tell the format of %1 from its name.": "无法从文件名判断 %1 的格式。",
    "Import %1": "导入 %1",
    "What kind of file is this?": "这是哪种文件？",
    "Reading %1…": "正在读取 %1…",
    "Importing %1…": "正在导入 %1…",
    "Import of %1 cancelled; nothing was changed.": "已取消导入 %1；知识库没有任何改动。",
    "Plenum read %1. The details show what the import will create and what it did not understand.": "已读取 %1。详细信息列出导入将创建的内容和无法识别的部分。",
    "Export Notes": "导出笔记",
    "Export Dossier": "导出专题报告",
    "Markdown (*.md);;Web page (*.html);;PDF (*.pdf);;OpenDocument text (*.odt)": "Markdown (*.md);;网页 (*.html);;PDF (*.pdf);;OpenDocument 文本 (*.odt)",
    "Bibliography style:": "参考文献格式：",
    "GB/T 7714-2015 (numeric)": "GB/T 7714-2015（顺序编码制）",
    "APA 7 (author–date)": "APA 第 7 版（著者-出版年制）",
    "Exporting…": "正在导出…",
    "Exported to %1": "已导出到 %1",
    "Export References": "导出文献",
    "BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)": "BibTeX (*.bib);;RIS (*.ris);;CSL-JSON (*.json)",
    "Name the file .bib, .ris or .json to choose the format.": "请用 .bib、.ris 或 .json 作为扩展名来选择格式。",
    "Exported %n reference(s) to %1": "已把 %n 条文献导出到 %1",
    "Rebuilding the search index…": "正在重建检索索引…",
    "Cannot rebuild the search index": "无法重建检索索引",
    "Search index rebuilt: %1 items.": "检索索引已重建：%1 个条目。",
}

EN_PLURALS = {
    "Link %n mention(s) of %1": ("Link %n mention of %1", "Link %n mentions of %1"),
    "Link all %n": ("Link it", "Link all %n"),
    "%n match(es)": ("%n match", "%n matches"),
    "%n match(es); the most relevant and most recent are ranked": ("%n match", "%n matches; the most relevant and most recent are ranked"),
    "Exported %n reference(s) to %1": ("Exported %n reference to %1", "Exported %n references to %1"),
}


def fill(path, lookup, plural_forms):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            forms = plural_forms(source)
            if forms is None:
                missing.append(source)
                continue
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            translation.text = None
        else:
            text = lookup(source)
            if text is None:
                missing.append(source)
                continue
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


root = sys.argv[1] if len(sys.argv) > 1 else "resources/translations"
missing = fill(f"{root}/plenum_zh_CN.ts", ZH.get, lambda s: (ZH[s],) if s in ZH else None)
missing += fill(f"{root}/plenum_en.ts", lambda s: s, lambda s: EN_PLURALS.get(s))
if missing:
    sys.exit("No translation for:\n  " + "\n  ".join(sorted(set(missing))))
print("translations complete")
