// coinid serve: sends the chosen photos to POST /api/identify and shows, for each photo, the picture with every
// coin outlined and numbered, and one card per coin. Everything shown comes from textContent or the canvas:
// no answer is ever parsed as HTML.
'use strict';

const COLOURS = { commemorative: '#b8860b', regular: '#1f5fbf', common: '#6b7280', unknown: '#b42318' };
const LONGEST_SIDE = 1600; // the drawn picture's longest side, in canvas pixels

const input = document.getElementById('photos');
const progress = document.getElementById('progress');
const progressBar = document.getElementById('progress-bar');
const progressText = document.getElementById('progress-text');
const problem = document.getElementById('problem');
const results = document.getElementById('results');

input.addEventListener('change', () => {
  const files = Array.from(input.files);
  if (files.length > 0) {
    identify(files);
  }
});

/** Uploads the photos, with the upload's progress, and shows the answer. */
function identify(files) {
  const form = new FormData();
  files.forEach((file) => form.append('photo', file, file.name));
  const request = new XMLHttpRequest();
  request.open('POST', '/api/identify');
  request.upload.addEventListener('progress', (event) => {
    if (event.lengthComputable) {
      showProgress(event.loaded / event.total, 'Uploading ' + Math.round(100 * event.loaded / event.total) + '%');
    }
  });
  request.upload.addEventListener('load', () => showProgress(null, 'Identifying…'));
  request.addEventListener('load', () => {
    hideProgress();
    let answer;
    try {
      answer = JSON.parse(request.responseText);
    } catch (e) {
      showProblem('The server answered ' + request.status + ' without an answer it could read.');
      return;
    }
    if (Array.isArray(answer)) {
      showPhotos(files, answer);
    } else {
      showProblem((answer.photo ? answer.photo + ': ' : '') + answer.error);
    }
  });
  request.addEventListener('error', () => {
    hideProgress();
    showProblem('The server could not be reached. Is coinid serve still running?');
  });
  problem.hidden = true;
  results.replaceChildren();
  input.disabled = true;
  showProgress(0, 'Uploading…');
  request.send(form);
}

/** Shows the progress bar at a fraction (null: busy, no fraction known) with a word on what is happening. */
function showProgress(fraction, text) {
  progress.hidden = false;
  if (fraction === null) {
    progressBar.removeAttribute('value');
  } else {
    progressBar.value = fraction;
  }
  progressText.textContent = text;
}

/** Hides the progress bar and lets the user choose photos again. */
function hideProgress() {
  progress.hidden = true;
  input.disabled = false;
  input.value = '';
}

function showProblem(text) {
  problem.textContent = text;
  problem.hidden = false;
}

/** One section per photo, in the order sent: its annotated picture, then its cards. */
function showPhotos(files, answers) {
  answers.forEach((answer, i) => {
    const section = element('section', 'photo');
    section.append(element('h2', '', answer.photo || (files[i] && files[i].name) || 'photo'));
    const canvas = document.createElement('canvas');
    const cards = element('div', 'cards');
    section.append(canvas, cards);
    results.append(section);
    if (answer.error) {
      canvas.remove();
      cards.append(card('error', 'This photo cannot be read', [], answer.error));
      return;
    }
    const coins = Array.isArray(answer.coins) ? answer.coins : null;
    if (coins !== null && coins.length === 0) {
      cards.append(card('unknown', 'No coin found', [],
        'No coin was found in this photo: photograph it from above, closer, on a plain background.'));
    } else if (coins !== null) {
      coins.forEach((coin, n) => cards.append(coinCard(coin, n + 1)));
    } else {
      cards.append(coinCard(answer, null));
    }
    if (files[i]) {
      drawPhoto(canvas, files[i], coins, answer);
    }
  });
}

/** What a coin is, in a word: commemorative, regular, common (side) or unknown. */
function kindOf(coin) {
  if (coin.side === 'common') {
    return 'common';
  }
  if (!coin.known) {
    return 'unknown';
  }
  return coin.commemorative ? 'commemorative' : 'regular';
}

/** The card of one coin (number n on the picture), or of a photo's single answer (n null). */
function coinCard(coin, n) {
  const kind = kindOf(coin);
  const score = typeof coin.score === 'number' ? coin.score.toFixed(2) : '?';
  if (kind === 'common') {
    return card(kind, 'Common side', [['Score', score]], 'This is the side every euro country shares (the map): '
      + 'turn the coin over to see which coin it is.', n);
  }
  if (kind === 'unknown') {
    return card(kind, 'Not a known 2-euro coin', [['Closest', coin.design || '?'], ['Score', score]],
      'This does not look like any 2-euro design: it may be another coin, or the photo may be blurred or dark.', n);
  }
  const facts = [];
  const countries = Array.isArray(coin.countries) ? coin.countries : [];
  if (coin.country) {
    facts.push(['Country', coin.country]);
  } else if (countries.length > 0) {
    facts.push(['Country', 'one of ' + countries.length + ': ' + countries.join(', ')]);
  }
  facts.push(['Year', coin.year == null ? '?' : String(coin.year)]);
  facts.push(['Theme', coin.theme || '?']);
  if (coin.mintage != null) {
    facts.push(['Mintage', Number(coin.mintage).toLocaleString('en') + ' struck for circulation']);
  }
  if (coin.rarity != null) {
    facts.push(['Rarity', 'rank ' + coin.rarity + ' by mintage (1 is the rarest)']);
  }
  facts.push(['Score', score]);
  return card(kind, kind === 'commemorative' ? 'Commemorative 2 euro' : 'Regular 2 euro', facts, null, n);
}

function card(kind, title, facts, note, n) {
  const box = element('article', 'card ' + kind);
  box.dataset.kind = kind;
  const heading = element('h3', '');
  if (n != null) {
    heading.append(element('span', 'number', String(n)));
  }
  heading.append(document.createTextNode(title));
  box.append(heading);
  if (facts.length > 0) {
    const list = document.createElement('dl');
    facts.forEach(([name, value]) => list.append(element('dt', '', name), element('dd', '', value)));
    box.append(list);
  }
  if (note) {
    box.append(element('p', 'note', note));
  }
  return box;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** Draws the photo (upright, as the browser shows it), each coin outlined and numbered, or the single verdict. */
function drawPhoto(canvas, file, coins, answer) {
  const url = URL.createObjectURL(file);
  const picture = new Image();
  picture.addEventListener('load', () => {
    const scale = Math.min(1, LONGEST_SIDE / Math.max(picture.naturalWidth, picture.naturalHeight));
    canvas.width = Math.round(picture.naturalWidth * scale);
    canvas.height = Math.round(picture.naturalHeight * scale);
    const g = canvas.getContext('2d');
    g.drawImage(picture, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    const line = Math.max(3, canvas.width / 200);
    if (coins !== null) {
      coins.forEach((coin, n) => outline(g, coin, n + 1, scale, line));
    } else {
      caption(g, answer, canvas.width, canvas.height);
    }
    canvas.dataset.drawn = 'true';
  });
  picture.addEventListener('error', () => {
    URL.revokeObjectURL(url);
    canvas.remove();
  });
  picture.src = url;
}

function outline(g, coin, n, scale, line) {
  const colour = COLOURS[kindOf(coin)];
  const x = coin.x * scale;
  const y = coin.y * scale;
  const r = coin.radius * scale;
  g.lineWidth = line;
  g.strokeStyle = colour;
  g.setLineDash(coin.partial ? [4 * line, 2 * line] : []);
  g.beginPath();
  g.arc(x, y, r, 0, 2 * Math.PI);
  g.stroke();
  g.setLineDash([]);
  const badge = Math.max(14, r / 4);
  g.fillStyle = colour;
  g.beginPath();
  g.arc(x, y - r, badge, 0, 2 * Math.PI);
  g.fill();
  g.fillStyle = '#fff';
  g.font = 'bold ' + Math.round(badge * 1.2) + 'px system-ui, sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(String(n), x, y - r);
}

/** A band across the picture's foot with the single answer's verdict. */
function caption(g, answer, width, height) {
  const kind = kindOf(answer);
  const band = Math.max(28, Math.round(height / 10));
  g.fillStyle = COLOURS[kind];
  g.fillRect(0, height - band, width, band);
  const words = { commemorative: 'Commemorative', regular: 'Regular', common: 'Common side: turn it over',
    unknown: 'Not a known 2-euro coin' }[kind];
  const where = kind === 'commemorative' || kind === 'regular'
    ? ' · ' + (answer.country || 'common issue') + ' ' + (answer.year == null ? '' : answer.year) : '';
  g.fillStyle = '#fff';
  g.font = 'bold ' + Math.round(band * 0.5) + 'px system-ui, sans-serif';
  g.textAlign = 'left';
  g.textBaseline = 'middle';
  g.fillText(words + where, band * 0.3, height - band / 2, width - band * 0.6);
}
