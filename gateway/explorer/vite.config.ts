import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`;

// The build lands in dist/ with hashed names under assets/, which the gateway serves as immutable.
export default defineConfig({
  plugins: [react()],
  // `npm run serve`: hot reload against the gateway of `npm start`, same origin as in production.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: { '/graphql': gateway, '/auth': gateway } },
});
