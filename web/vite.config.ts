import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The gateway serves the built client (web/dist → the gateway's classpath:/static). In development `npm run dev`
// serves it on 5173 and passes the API to a running gateway; page navigations stay here (index.html), so the
// client's own routes, which mirror the public URLs printed on plaques, work in both.
const gateway = process.env.SANGANG_GATEWAY ?? 'http://localhost:8080'
// As the gateway does (WebClientPages): a page navigation gets the client, a file (qr.svg, letter.pdf) never does.
const api = {
  target: gateway,
  bypass: (req: { url?: string; headers: Record<string, string | string[] | undefined> }) => {
    const path = (req.url ?? '').split('?')[0]
    const isFile = path.substring(path.lastIndexOf('/') + 1).includes('.')
    return !isFile && String(req.headers.accept ?? '').includes('text/html') ? '/index.html' : undefined
  },
}

export default defineConfig({
  plugins: [vue()],
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    proxy: { '/api': api, '/auth': api, '/public': api, '/.well-known': api },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
  },
})
