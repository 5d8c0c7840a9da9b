// Loaders and actions return plain objects under single fetch (v3_singleFetch in
// remix.config.js); this tells useLoaderData/useActionData to infer their types that way.
export {};

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
