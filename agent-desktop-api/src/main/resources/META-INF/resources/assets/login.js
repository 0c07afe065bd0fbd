import { currentSession, homeOf, logIn } from './session.js';

const existing = currentSession();
if (existing) location.replace(homeOf(existing));

const form = document.getElementById('login');
const error = document.getElementById('login-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    error.textContent = 'Enter your user name and password.';
    return;
  }
  try {
    location.assign(homeOf(await logIn(username, password)));
  } catch (e) {
    error.textContent = e.message;
    form.password.select();
  }
});
