import { createContext, useContext } from "react";

// The CSP nonce of this response, for the inline scripts Remix renders. On the client it is
// empty: browsers hide a nonce from the DOM, and scripts added after load need none.
const NonceContext = createContext<string | undefined>(undefined);

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
