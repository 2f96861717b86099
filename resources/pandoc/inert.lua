-- Plenum's exports never pull a file into a document: an image becomes its description, raw
-- markup (which the Markdown reader already refuses) is dropped. Used by core/export/pandocconvert.
function Image(el)
  return el.caption
end

function RawInline(el)
  return {}
end

function RawBlock(el)
  return {}
end
