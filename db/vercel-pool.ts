import { VercelClient, VercelPool } from "@vercel/postgres";
import { env } from "@/lib/env";

/**
 * @vercel/postgres speaks to Neon over WebSockets only. POSTGRES_WS_PROXY (host:port of a
 * WebSocket→TCP proxy) lets it reach a plain Postgres, as Neon documents for local development;
 * without it the driver connects to the URL's host as usual.
 */
export function createVercelPool(connectionString: string, wsProxy = env("POSTGRES_WS_PROXY")): VercelPool {
  if (!wsProxy) return new VercelPool({ connectionString });

  class ProxiedClient extends VercelClient {
    constructor(config?: ConstructorParameters<typeof VercelClient>[0]) {
      super(config);
      this.neonConfig.wsProxy = wsProxy;
      this.neonConfig.useSecureWebSocket = false;
      this.neonConfig.pipelineConnect = false;
      this.neonConfig.forceDisablePgSSL = true;
    }
  }
  class ProxiedPool extends VercelPool {
    Client = ProxiedClient;
  }
  return new ProxiedPool({ connectionString });
}
