-- End-to-end run of `argmap lsp` under Neovim's built-in LSP client (headless; Neovim 0.7 or newer).
-- Usage: ARGMAP=/path/to/argmap MAP=/path/to/map.argdown nvim --headless -u NONE -c "luafile neovim-lsp.lua"
-- Opens the map, waits for the server's diagnostics, asks for hover, definition and completion, renames a title
-- and formats the buffer, checking each answer; exits 0 when every check passed, 1 otherwise.
local failures = 0
local function check(condition, what)
  if condition then
    io.stdout:write('ok   ' .. what .. '\n')
  else
    io.stdout:write('FAIL ' .. what .. '\n')
    failures = failures + 1
  end
end

local argmap, map = os.getenv('ARGMAP'), os.getenv('MAP')
vim.cmd('edit ' .. vim.fn.fnameescape(map))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'argmap',
  cmd = { argmap, 'lsp' },
  root_dir = vim.fn.fnamemodify(map, ':h'),
})
check(client_id ~= nil, 'the client starts argmap lsp')
vim.lsp.buf_attach_client(buf, client_id)

-- Diagnostics arrive after the debounce; the map refers to [Soviet powr], which is never defined.
vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local diagnostics = vim.diagnostic.get(buf)
local undefined
for _, d in ipairs(diagnostics) do
  if d.code == 'undefined-reference' then undefined = d end
end
check(undefined ~= nil, 'undefined-reference diagnostic published')
check(undefined and undefined.lnum == 5 and undefined.col == 4, 'at line 6, column 5 (0-based 5, 4)')

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
  for _, response in pairs(responses) do return response.result end
end
local uri = vim.uri_from_bufnr(buf)
local function at(line, character)
  return { textDocument = { uri = uri }, position = { line = line, character = character } }
end

-- Line 2 (0-based) is "  - [Coup]: A coup — «by a minority» 🚩, says @[Soviet power]." : the mention's title
-- starts after the emoji (2 UTF-16 units), at character 48.
local hover = request('textDocument/hover', at(2, 49))
local text = hover and hover.contents and hover.contents.value or ''
check(text:find('[Soviet power]', 1, true) ~= nil, 'hover on a mention after an emoji names [Soviet power]')
check(text:find('grounded: IN', 1, true) ~= nil, 'hover gives the grounded label')

local target = request('textDocument/definition', at(2, 6))
check(target and target.range.start.line == 2 and target.range.start.character == 5, 'definition of [Coup]')

local completion = request('textDocument/completion', at(5, 8))
local labels = {}
for _, item in ipairs(completion and completion.items or {}) do labels[item.label] = true end
check(labels['Soviet power'] == true, 'completion offers [Soviet power] inside [Sov...]')

local rename = request('textDocument/rename', vim.tbl_extend('force', at(0, 3), { newName = 'All power' }))
if rename then vim.lsp.util.apply_workspace_edit(rename, 'utf-16') end
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
check(lines[1]:find('^%[All power%]:') ~= nil, 'rename rewrote the definition')
check(lines[3]:find('@[All power]', 1, true) ~= nil, 'rename rewrote the mention after the emoji')

local formatting = request('textDocument/formatting', { textDocument = { uri = uri }, options = { tabSize = 2, insertSpaces = true } })
check(type(formatting) == 'table', 'formatting answers with edits')

request('shutdown', nil)
vim.lsp.stop_client(client_id)
io.stdout:write(failures == 0 and 'neovim: all checks passed\n' or ('neovim: ' .. failures .. ' checks failed\n'))
vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
