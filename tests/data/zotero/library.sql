-- A small Zotero library (made for the tests): a CNKI-style article with a child note, tags, a
-- collection and a stored PDF; a 硕士 thesis; a 国务院 report (single-field creator); a chapter
-- with its book's author and editor; a book in the trash; an item without a title; a
-- standalone note; a linked URL.
INSERT INTO itemTypes VALUES (1, 'note', NULL, 0), (2, 'book', NULL, 1), (3, 'bookSection', 2, 1),
    (4, 'journalArticle', NULL, 1), (7, 'thesis', NULL, 1), (14, 'attachment', NULL, 0), (16, 'report', NULL, 1),
    (34, 'webpage', NULL, 1);
INSERT INTO fields VALUES (1, 'title', NULL), (2, 'abstractNote', NULL), (6, 'date', 1), (12, 'publicationTitle', NULL),
    (13, 'volume', NULL), (14, 'issue', NULL), (15, 'pages', NULL), (16, 'DOI', NULL), (17, 'url', NULL),
    (18, 'accessDate', 1), (19, 'extra', NULL), (20, 'ISSN', NULL), (21, 'place', NULL), (22, 'publisher', NULL),
    (23, 'university', NULL), (24, 'thesisType', NULL), (25, 'institution', NULL), (26, 'reportNumber', NULL),
    (27, 'bookTitle', NULL), (28, 'language', NULL), (29, 'rights', NULL), (30, 'websiteTitle', NULL);
INSERT INTO creatorTypes VALUES (1, 'author'), (2, 'contributor'), (3, 'editor'), (10, 'bookAuthor');
INSERT INTO libraries VALUES (1, 'user', 1, 1, 0, 0, 0, 0);

INSERT INTO items (itemID, itemTypeID, libraryID, key) VALUES (1, 4, 1, 'ART00001'), (2, 7, 1, 'THE00002'),
    (3, 16, 1, 'REP00003'), (4, 3, 1, 'CHA00004'), (5, 2, 1, 'TRA00005'), (6, 4, 1, 'NOT00006'),
    (7, 1, 1, 'NOTE0007'), (8, 14, 1, 'PDF00008'), (9, 1, 1, 'NOTE0009'), (10, 14, 1, 'URL00010'),
    (11, 34, 1, 'WEB00011');
INSERT INTO deletedItems (itemID) VALUES (5);

INSERT INTO itemDataValues VALUES (1, '网格化管理与基层社会治理创新'), (2, '2019-05-00 2019年5月'), (3, '中国行政管理'),
    (4, '35'), (5, '5'), (6, '12-18'), (7, '10.1000/grid.2019'), (8, 'https://kns.cnki.net/x'),
    (9, '2024-03-01 10:00:00'), (10, 'CNKI: ZXGL201905002'), (11, '1006-0863'), (12, '社区协商民主的实践困境研究'),
    (13, '2020-00-00 2020'), (14, '华东师范大学'), (15, '硕士'), (16, '关于加强基层治理体系和治理能力现代化建设的意见'),
    (17, '2021-04-28 2021-04-28'), (18, '国务院办公厅'), (19, '国发〔2021〕16号'), (20, 'Street-level mediation'),
    (21, 'Governing China''s Cities'), (22, 'Oxford'), (23, 'Oxford University Press'), (24, '2018-00-00 2018'),
    (25, 'A trashed book'), (26, 'zh'), (27, 'CC BY'), (28, 'https://www.gov.cn/zhengce/'),
    (29, 'Government portal'), (30, '中国政府网政策库');
INSERT INTO itemData VALUES (1, 1, 1), (1, 6, 2), (1, 12, 3), (1, 13, 4), (1, 14, 5), (1, 15, 6), (1, 16, 7),
    (1, 17, 8), (1, 18, 9), (1, 19, 10), (1, 20, 11), (1, 28, 26), (1, 29, 27),
    (2, 1, 12), (2, 6, 13), (2, 23, 14), (2, 24, 15),
    (3, 1, 16), (3, 6, 17), (3, 25, 18), (3, 26, 19),
    (4, 1, 20), (4, 27, 21), (4, 21, 22), (4, 22, 23), (4, 6, 24), (4, 15, 6),
    (5, 1, 25),
    (6, 6, 24),
    (10, 17, 28), (10, 1, 29),
    (11, 1, 30), (11, 17, 28);
INSERT INTO creators VALUES (1, '', '张明远', 1), (2, '', '欧阳丽华', 1), (3, 'John', 'Smith', 0),
    (4, '', '王晓东', 1), (5, '', '国务院', 1), (6, 'Benjamin L.', 'Read', 0), (7, 'Hong', 'Li', 0),
    (8, 'Carl', 'Minzner', 0);
INSERT INTO itemCreators VALUES (1, 1, 1, 0), (1, 2, 1, 1), (1, 3, 1, 2), (2, 4, 1, 0), (3, 5, 1, 0),
    (4, 6, 1, 0), (4, 7, 3, 1), (4, 8, 10, 2);
INSERT INTO tags VALUES (1, '网格化'), (2, 'to read');
INSERT INTO itemTags VALUES (1, 1, 0), (1, 2, 1), (2, 2, 0);
INSERT INTO collections (collectionID, collectionName, parentCollectionID, libraryID, key)
    VALUES (1, 'Governance', NULL, 1, 'COLL0001'), (2, 'Grid management', 1, 1, 'COLL0002');
INSERT INTO collectionItems VALUES (2, 1, 0), (1, 3, 0);
INSERT INTO itemNotes VALUES (7, 1, '<div class="zotero-note znv1"><p>Key <b>point</b>: grids &amp; cadres.</p><p>Second paragraph.</p></div>', 'Key point: grids & cadres.'),
    (9, NULL, '<p>A standalone note about 基层治理.</p>', '');
INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) VALUES
    (8, 1, 0, 'application/pdf', 'storage:网格化管理.pdf'), (10, 1, 3, 'text/html', NULL);
