import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { bindUiKits } from './shared/uiKits'

const app = createApp(App)
bindUiKits(app)
app.use(router).mount('#app')
