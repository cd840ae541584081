/**
 * Entry of the web app: builds the router over the browser's history and renders the shell
 * with the real `fetch`.
 */
import { render } from "solid-js/web";
import { createRouter } from "./router/Router";
import { App } from "./shell/App";
import { AppProvider } from "./shell/AppContext";
import "./styles.css";

const root = document.getElementById("app");
if (root) {
  const router = createRouter(window);
  render(
    () => (
      <AppProvider fetch={(input, init) => fetch(input, init)} router={router}>
        <App />
      </AppProvider>
    ),
    root,
  );
}
