import { describe, expect, it } from 'vitest'
import { countSms } from './smsCount.js'

describe('countSms', () => {
  it('counts nothing as no message', () => {
    expect(countSms('')).toEqual({ characters: 0, segments: 0, encoding: 'gsm-7' })
  })

  it('fits 160 GSM characters in one message and splits at 161 into parts of 153', () => {
    expect(countSms('a'.repeat(160))).toEqual({ characters: 160, segments: 1, encoding: 'gsm-7' })
    expect(countSms('a'.repeat(161))).toEqual({ characters: 161, segments: 2, encoding: 'gsm-7' })
    expect(countSms('a'.repeat(306)).segments).toBe(2)
    expect(countSms('a'.repeat(307)).segments).toBe(3)
  })

  it('keeps Dutch text with accents from the GSM alphabet in GSM-7', () => {
    const text = 'Hoi Sanne, je afspraak is morgen om 10:00 uur. Tot dan! Groet, Ayşe'
    expect(countSms(text).encoding).toBe('ucs-2') // ş is not in GSM 03.38
    expect(countSms('Één café, één idee: Ä Ö Ü ä ö ü é è à ß @ £ $ ¥').encoding).toBe('gsm-7')
  })

  it('counts extension characters such as € as 2', () => {
    expect(countSms('€')).toEqual({ characters: 2, segments: 1, encoding: 'gsm-7' })
    expect(countSms('Kosten: € 5 [incl. {btw}]')).toMatchObject({ characters: 30, encoding: 'gsm-7' })
    expect(countSms('€'.repeat(80))).toEqual({ characters: 160, segments: 1, encoding: 'gsm-7' })
    expect(countSms(`${'a'.repeat(159)}€`)).toEqual({ characters: 161, segments: 2, encoding: 'gsm-7' })
  })

  it('never splits an escape pair over two parts', () => {
    // 306 septets would fit in two parts of 153, but after 152 septets the € (2) does not fit
    // in the first part: it starts the second, and the last 'a' needs a third.
    const text = `${'a'.repeat(152)}€${'a'.repeat(152)}`
    expect(countSms(text)).toEqual({ characters: 306, segments: 3, encoding: 'gsm-7' })
    expect(countSms('a'.repeat(306)).segments).toBe(2)
  })

  it('fits 70 UCS-2 characters in one message and splits at 71 into parts of 67', () => {
    expect(countSms('ş'.repeat(70))).toEqual({ characters: 70, segments: 1, encoding: 'ucs-2' })
    expect(countSms('ş'.repeat(71))).toEqual({ characters: 71, segments: 2, encoding: 'ucs-2' })
    expect(countSms('ş'.repeat(134)).segments).toBe(2)
    expect(countSms('ş'.repeat(135)).segments).toBe(3)
  })

  it('counts an emoji as 2 UTF-16 code units and switches to UCS-2', () => {
    expect(countSms('Goed gedaan 👍')).toEqual({ characters: 14, segments: 1, encoding: 'ucs-2' })
    expect(countSms('👍'.repeat(35))).toEqual({ characters: 70, segments: 1, encoding: 'ucs-2' })
    expect(countSms(`${'a'.repeat(69)}👍`)).toEqual({ characters: 71, segments: 2, encoding: 'ucs-2' })
  })

  it('counts € in a UCS-2 text as one code unit', () => {
    expect(countSms('€ 5 voor jou 👍')).toEqual({ characters: 15, segments: 1, encoding: 'ucs-2' })
  })

  it('counts Arabic text as UCS-2', () => {
    expect(countSms('مرحبا').encoding).toBe('ucs-2')
  })
})
