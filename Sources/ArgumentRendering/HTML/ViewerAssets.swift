/// The interactive page's stylesheet and script, inlined into every page (no network access needed).
enum ViewerAssets {
    /// Layout, highlight colours (supporters green, contradictors red, the rest dimmed) and the print style.
    static let css = #"""
    :root { --support: #1a7f37; --attack: #cf222e; --select: #0969da; --match: #bf8700; --ink: #1f2328; --muted: #656d76; }
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
    body { display: flex; flex-direction: column; }
    .am-toolbar { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; padding: .4rem .8rem; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
    .am-title { font-size: 1.05rem; margin: 0; flex: 1 1 auto; }
    .am-toolbar input[type=search] { width: 14rem; padding: .2rem .4rem; }
    .am-toolbar button { min-width: 2rem; padding: .15rem .5rem; }
    body:not([data-mode=stepper]) .am-stepper { display: none; }
    .am-main { flex: 1; display: flex; min-height: 0; }
    .am-canvas { flex: 1; overflow: hidden; position: relative; cursor: grab; background: #fff; }
    .am-canvas.am-panning { cursor: grabbing; }
    .am-canvas > svg { width: 100%; height: 100%; display: block; user-select: none; }
    .am-panel { width: 22rem; max-width: 40vw; overflow-y: auto; padding: .6rem .9rem; border-left: 1px solid #d0d7de; background: #fbfbfc; }
    .am-hint, .am-kind, .am-counts, .am-by, .am-tags { color: var(--muted); font-size: .9rem; }
    .am-panel h2 { font-size: 1.1rem; margin: .2rem 0 .4rem; }
    .am-panel blockquote { margin: .5rem 0; padding-left: .7rem; border-left: 3px solid #d0d7de; font-style: italic; }
    .am-results { padding-left: 1.1rem; margin: .3rem 0; }
    .am-results button { background: none; border: none; color: var(--select); cursor: pointer; text-align: left; padding: 0; font: inherit; }
    g.node { cursor: pointer; }
    g.node:focus { outline: none; }
    /* Graphviz nests each shape in <g id="a_…"><a>…</a></g> inside the node's group: match shapes at any depth. */
    g.node:focus :is(polygon, ellipse, path) { stroke: var(--select); stroke-width: 3px; }
    svg.am-dimming g.node:not(.am-selected):not(.am-support):not(.am-attack),
    svg.am-dimming g.edge:not(.am-edge-on), svg.am-dimming g.cluster { opacity: .18; }
    g.node.am-selected :is(polygon, ellipse, path) { stroke: var(--select); stroke-width: 4px; }
    g.node.am-support :is(polygon, ellipse, path) { stroke: var(--support); stroke-width: 4px; }
    g.node.am-attack :is(polygon, ellipse, path) { stroke: var(--attack); stroke-width: 4px; }
    g.node.am-match :is(polygon, ellipse, path) { stroke: var(--match); stroke-width: 4px; stroke-dasharray: 6 3; }
    g.node.am-match { filter: drop-shadow(0 0 4px var(--match)); }
    g.edge.am-edge-on path { stroke-width: 3px; }
    .am-hidden { visibility: hidden; }
    @media print {
      .am-toolbar, .am-panel { display: none; }
      .am-canvas { overflow: visible; }
      svg.am-dimming g { opacity: 1 !important; }
      html, body { height: auto; }
    }
    """#

    /// Selection, highlighting, search, keyboard use, zoom and pan, the stepper, live reload, and a small
    /// `window.argmap` API that the browser tests use to read the page's state.
    static let script = #"""
    (function () {
      "use strict";
      const data = JSON.parse(document.getElementById("argmap-data").textContent);
      const svg = document.querySelector("#am-canvas > svg");
      const nodes = new Map(data.nodes.map(n => [n.id, n]));
      const SUPPORT = new Set(["support", "entails", "premise"]);
      const ATTACK = new Set(["attack", "undercut", "contradictory", "contrary"]);
      const SYMMETRIC = new Set(["contradictory", "contrary"]);
      // incoming[id] = relations ending at id, read from the target's side; symmetric relations count both ways.
      const incoming = new Map();
      function addIncoming(to, rel) { if (!incoming.has(to)) incoming.set(to, []); incoming.get(to).push(rel); }
      for (const r of data.relations) {
        addIncoming(r.to, { from: r.from, to: r.to, type: r.type, id: r.id });
        if (SYMMETRIC.has(r.type)) addIncoming(r.from, { from: r.to, to: r.from, type: r.type, id: r.id });
      }
      const element = id => document.getElementById(id);
      let selected = null;
      const state = { supporters: [], attackers: [] };

      // Supporters: nodes with a support edge into the node (transitively: a chain of them).
      // Contradictors: nodes attacking, undercutting or contradicting the node (transitively: the node or any of
      // its transitive supporters). Each list is in first-found (breadth-first) order.
      function analyse(id, transitive) {
        const supporters = [], supportEdges = [], seen = new Set([id]);
        const queue = [id];
        while (queue.length) {
          const current = queue.shift();
          for (const r of incoming.get(current) || []) {
            if (!SUPPORT.has(r.type)) continue;
            supportEdges.push(r.id);
            if (seen.has(r.from)) continue;
            seen.add(r.from); supporters.push(r.from);
            if (transitive) queue.push(r.from);
          }
        }
        const attackers = [], attackEdges = [], targets = transitive ? [id, ...supporters] : [id];
        const attackerSeen = new Set();
        for (const t of targets) {
          for (const r of incoming.get(t) || []) {
            if (!ATTACK.has(r.type)) continue;
            attackEdges.push(r.id);
            if (r.from === id || attackerSeen.has(r.from)) continue;
            attackerSeen.add(r.from); attackers.push(r.from);
          }
        }
        return { supporters, attackers, edges: supportEdges.concat(attackEdges) };
      }

      function clearClasses() {
        for (const el of svg.querySelectorAll(".am-selected, .am-support, .am-attack, .am-edge-on"))
          el.classList.remove("am-selected", "am-support", "am-attack", "am-edge-on");
        svg.classList.remove("am-dimming");
      }

      function show(el, text) { el.textContent = text; el.hidden = !text; }

      // Transitive when the toggle is on, or for one shift-click.
      function select(id, transitive) {
        if (!nodes.has(id)) return;
        selected = id;
        clearClasses();
        const result = analyse(id, transitive || document.getElementById("am-transitive").checked);
        state.supporters = result.supporters; state.attackers = result.attackers;
        svg.classList.add("am-dimming");
        element(id)?.classList.add("am-selected");
        for (const s of result.supporters) element(s)?.classList.add("am-support");
        for (const a of result.attackers) { element(a)?.classList.remove("am-support"); element(a)?.classList.add("am-attack"); }
        for (const e of result.edges) element(e)?.classList.add("am-edge-on");
        const n = nodes.get(id);
        document.getElementById("am-details").hidden = false;
        show(document.getElementById("am-kind"), n.kind === "argument" ? "Argument" : "Claim");
        show(document.getElementById("am-node-title"), n.kind === "argument" ? "<" + n.title + ">" : "[" + n.title + "]");
        show(document.getElementById("am-node-text"), n.text);
        show(document.getElementById("am-node-quote"), n.quote ? "“" + n.quote + "”" : "");
        show(document.getElementById("am-node-by"), n.by ? "— " + n.by : "");
        show(document.getElementById("am-node-tags"), n.tags.length ? n.tags.map(t => "#" + t).join(" ") : "");
        show(document.getElementById("am-counts"),
          result.supporters.length + " supporting, " + result.attackers.length + " contradicting");
      }

      function clear() {
        selected = null; state.supporters = []; state.attackers = [];
        clearClasses();
        document.getElementById("am-details").hidden = true;
      }

      // Nodes: clickable and reachable with Tab, in the map's order.
      for (const n of data.nodes) {
        const el = element(n.id);
        if (!el) continue;
        el.setAttribute("tabindex", "0");
        el.setAttribute("role", "button");
        el.setAttribute("aria-label", n.title);
        el.addEventListener("click", ev => { ev.stopPropagation(); if (!moved) select(n.id, ev.shiftKey); });
        el.addEventListener("keydown", ev => {
          if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(n.id, ev.shiftKey); }
        });
      }
      document.getElementById("am-transitive").addEventListener("change", () => { if (selected) select(selected); });
      document.addEventListener("keydown", ev => {
        if (ev.key === "Escape") { clear(); clearSearch(); }
        if (document.body.dataset.mode === "stepper" && ev.target.tagName !== "INPUT") {
          if (ev.key === "ArrowRight") step(+1);
          if (ev.key === "ArrowLeft") step(-1);
        }
      });

      // Search: every word must occur in the title or text (case-insensitive).
      const searchBox = document.getElementById("am-search");
      const results = document.getElementById("am-results");
      function search(query) {
        const words = query.toLowerCase().split(/\s+/).filter(Boolean);
        for (const el of svg.querySelectorAll(".am-match")) el.classList.remove("am-match");
        results.replaceChildren();
        if (!words.length) return [];
        const found = data.nodes.filter(n => {
          const hay = (n.title + " " + n.text + " " + (n.quote || "")).toLowerCase();
          return words.every(w => hay.includes(w));
        }).map(n => n.id);
        for (const id of found) {
          element(id)?.classList.add("am-match");
          const li = document.createElement("li"), b = document.createElement("button");
          b.type = "button"; b.textContent = nodes.get(id).title;
          b.addEventListener("click", () => { select(id); element(id)?.focus(); });
          li.appendChild(b); results.appendChild(li);
        }
        return found;
      }
      function clearSearch() { searchBox.value = ""; search(""); }
      searchBox.addEventListener("input", () => search(searchBox.value));
      searchBox.addEventListener("keydown", ev => {
        if (ev.key === "Enter") { const first = search(searchBox.value)[0]; if (first) { select(first); element(first)?.focus(); } }
      });

      // Zoom and pan by changing the viewBox.
      const base = svg.viewBox.baseVal;
      const home = { x: base.x, y: base.y, w: base.width, h: base.height };
      svg.removeAttribute("width"); svg.removeAttribute("height");
      function zoom(factor, cx, cy) {
        const vb = svg.viewBox.baseVal;
        const px = cx === undefined ? vb.x + vb.width / 2 : cx, py = cy === undefined ? vb.y + vb.height / 2 : cy;
        const w = Math.min(Math.max(vb.width * factor, home.w / 40), home.w * 4), f = w / vb.width;
        svg.setAttribute("viewBox", [px - (px - vb.x) * f, py - (py - vb.y) * f, vb.width * f, vb.height * f].join(" "));
      }
      function toSVG(ev) {
        const pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
        return pt.matrixTransform(svg.getScreenCTM().inverse());
      }
      svg.addEventListener("wheel", ev => { ev.preventDefault(); const p = toSVG(ev); zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y); }, { passive: false });
      document.getElementById("am-zoom-in").addEventListener("click", () => zoom(1 / 1.25));
      document.getElementById("am-zoom-out").addEventListener("click", () => zoom(1.25));
      document.getElementById("am-zoom-fit").addEventListener("click", () => svg.setAttribute("viewBox", [home.x, home.y, home.w, home.h].join(" ")));
      const canvas = document.getElementById("am-canvas");
      let drag = null, moved = false;
      // A map too big to read when fitted starts at a readable scale, at the top (where the main conclusion
      // stands) and centred on the topmost claim; "fit" still shows it whole.
      (function readableStart() {
        const cw = canvas.clientWidth, ch = canvas.clientHeight, readable = 0.9;  // screen px per point
        if (!cw || !ch || Math.min(cw / home.w, ch / home.h) >= readable * 0.6) return;
        const toUser = svg.getScreenCTM().inverse();
        let top = null;
        for (const g of svg.querySelectorAll("g.node")) {
          const r = g.getBoundingClientRect(), pt = svg.createSVGPoint();
          pt.x = r.left + r.width / 2; pt.y = r.top;
          const p = pt.matrixTransform(toUser);
          if (!top || p.y < top.y) top = p;
        }
        const w = cw / readable, h = ch / readable;
        const cx = top ? top.x : home.x + home.w / 2, y = top ? Math.max(home.y, top.y - 40) : home.y;
        svg.setAttribute("viewBox", [cx - w / 2, y, w, h].join(" "));
      })();
      canvas.addEventListener("mousedown", ev => { drag = { x: ev.clientX, y: ev.clientY, vb: svg.viewBox.baseVal }; moved = false; });
      window.addEventListener("mousemove", ev => {
        if (!drag) return;
        const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
        if (!moved && Math.abs(dx) + Math.abs(dy) < 4) return;
        moved = true; canvas.classList.add("am-panning");
        const scale = drag.vb.width / canvas.clientWidth;
        svg.setAttribute("viewBox", [drag.vb.x - dx * scale, drag.vb.y - dy * scale, drag.vb.width, drag.vb.height].join(" "));
        drag = { x: ev.clientX, y: ev.clientY, vb: svg.viewBox.baseVal };
      });
      window.addEventListener("mouseup", () => { drag = null; canvas.classList.remove("am-panning"); setTimeout(() => { moved = false; }, 0); });
      canvas.addEventListener("click", ev => { if (!moved && ev.target.closest("g.node") === null) clear(); });

      // Stepper: reveal steps cumulatively; an edge shows once both its ends are revealed.
      let current = 0;
      function step(delta) {
        if (!data.steps) return;
        current = Math.min(Math.max(current + delta, 0), data.steps.length - 1);
        const shown = new Set(data.steps.slice(0, current + 1).flat());
        for (const n of data.nodes) element(n.id)?.classList.toggle("am-hidden", !shown.has(n.id));
        for (const r of data.relations) element(r.id)?.classList.toggle("am-hidden", !(shown.has(r.from) && shown.has(r.to)));
        document.getElementById("am-step-label").textContent = "Step " + (current + 1) + " of " + data.steps.length;
      }
      if (data.steps) {
        document.getElementById("am-prev").addEventListener("click", () => step(-1));
        document.getElementById("am-next").addEventListener("click", () => step(+1));
        step(0);
      }

      // Live reload when served by `argmap serve`: poll the version URL, reload when it changes.
      const reloadURL = document.body.dataset.liveReload;
      if (reloadURL) {
        const version = document.body.dataset.liveVersion;
        setInterval(() => fetch(reloadURL, { cache: "no-store" }).then(r => r.text()).then(v => {
          if (v !== version) location.reload();
        }).catch(() => {}), 1000);
      }

      window.argmap = {
        select, clear, search,
        selected: () => selected,
        highlighted: () => ({ supporters: state.supporters.slice(), attackers: state.attackers.slice() }),
        step: () => current,
      };
    })();
    """#
}
