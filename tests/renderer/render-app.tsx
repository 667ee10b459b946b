import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { App } from '../../renderer/src/App';
import { queryClient } from '../../renderer/src/query/query-client';
import { installFakeKling, type FakeKling } from './fake-kling';

type Handlers = Parameters<typeof installFakeKling>[0];

/** Renders the whole window against a scripted main, the way the app starts. */
export function renderApp(handlers: Handlers = {}, ui: ReactElement = <App />) {
  const fake: FakeKling = installFakeKling(handlers);
  const user = userEvent.setup();
  // The app's own cache, so a part rendered without <App /> still reads main through it.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const view = render(ui, { wrapper });
  return { fake, user, ...view };
}
