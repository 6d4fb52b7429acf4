// An accessible combobox (WAI-ARIA APG "list autocomplete"): the input keeps focus, arrow keys move
// the active option (aria-activedescendant), Enter picks it, Escape closes. Options come from
// `fetchOptions(text)`, asked at most once per pause in typing; stale answers are dropped.
'use strict';
(function () {
  function combobox(input, listbox, { fetchOptions, render, onPick }) {
    let options = [];
    let active = -1;
    let asked = 0;
    let timer = null;

    function close() {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      active = index;
      [...listbox.children].forEach((child, i) =>
        child.setAttribute('aria-selected', String(i === index)),
      );
      const option = listbox.children[index];
      if (option) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    }

    function pick(index) {
      const choice = options[index];
      if (!choice) return;
      close();
      onPick(choice);
    }

    function show(list) {
      options = list;
      listbox.replaceChildren(
        ...list.map((choice, index) => {
          const option = document.createElement('li');
          option.id = listbox.id + '-' + index;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          render(option, choice);
          // mousedown, not click: the input must not lose focus first.
          option.addEventListener('mousedown', (event) => {
            event.preventDefault();
            pick(index);
          });
          return option;
        }),
      );
      const open = list.length > 0;
      listbox.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (text.length < 2) return void (show([]), close());
      const ticket = ++asked;
      timer = setTimeout(async () => {
        try {
          const list = await fetchOptions(text);
          if (ticket === asked && document.activeElement === input) show(list);
        } catch {
          close();
        }
      }, 150);
    });

    input.addEventListener('keydown', (event) => {
      const open = !listbox.hidden && options.length > 0;
      if (event.key === 'ArrowDown' && open) {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
    return { close };
  }

  window.Vault = Object.assign(window.Vault || {}, { combobox });
})();
