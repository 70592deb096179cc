// DOM helpers. Every string becomes text (textContent / createTextNode), never markup:
// article text and names are untrusted.

const SVG_NS = "http://www.w3.org/2000/svg";

// h("a", {href: "#/x", class: "y"}, "text", child) -> element
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

// s("circle", {r: 4}) -> SVG element
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) throw new Error("use addEventListener, not " + name);
    if (name === "href" && !String(value).startsWith("#") && !String(value).startsWith("/")) {
      // Only our own routes; an article URL is shown as text elsewhere.
      continue;
    }
    el.setAttribute(name, String(value));
  }
}

function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  el.replaceChildren();
  return el;
}
