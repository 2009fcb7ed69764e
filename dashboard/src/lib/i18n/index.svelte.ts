/**
 * The dashboard's two languages. `i18n` holds the chosen one (Dutch by default), remembers it in
 * localStorage and keeps <html lang> in step; `i18n.t` is the dictionary of the chosen language,
 * `i18n.metric(key)` a metric's label and explanation from the shared registry.
 */
import { METRICS, type MetricKey } from '@crossreach/shared/metrics'
import { en } from './en.ts'
import { nl } from './nl.ts'

export type Dictionary = typeof nl
export const LANGUAGES = ['nl', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const DICTIONARIES: Record<Language, Dictionary> = { nl, en }
const STORAGE_KEY = 'crossreach.language'
/** BCP 47 locales for Intl number and date formats. */
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return stored === 'en' || stored === 'nl' ? stored : 'nl'
  } catch {
    return 'nl'
  }
}

class I18n {
  language: Language = $state(storedLanguage())
  t: Dictionary = $derived(DICTIONARIES[this.language])
  locale: string = $derived(LOCALES[this.language])

  set(language: Language): void {
    this.language = language
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language)
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
  }

  metric(key: MetricKey): { label: string; explanation: string } {
    const def = METRICS[key]
    return { label: def.label[this.language], explanation: def.explanation[this.language] }
  }
}

export const i18n = new I18n()
