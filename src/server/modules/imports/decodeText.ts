import { unreadableFile } from './importFileError.js'

export type EncodingChoice = 'auto' | 'utf-8' | 'windows-1252'
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: TextEncoding
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return i
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += length
  }
  return -1
}

/**
 * Decodes a CSV file. Exports from Dutch systems are UTF-8 (with or without a byte-order mark)
 * or Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)"); with `auto`, a file
 * that is not valid UTF-8 is read as Windows-1252. UTF-16 is recognised by its byte-order mark.
 */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    if (choice !== 'auto') {
      throw unreadableFile('wrong-encoding', `The file is UTF-16, not ${choice}. Save it as UTF-8 CSV, or set the encoding of the mapping to auto.`)
    }
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    return { text: new TextDecoder(encoding).decode(bytes), encoding }
  }
  const probe = bytes.subarray(0, 64 * 1024)
  if (probe.includes(0)) {
    throw unreadableFile('not-a-text-file', 'The file is not a CSV text file. Export the data as CSV, or upload an Excel workbook as .xlsx.')
  }
  if (choice === 'windows-1252') return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    if (choice === 'utf-8') {
      throw unreadableFile(
        'wrong-encoding',
        `The file is not valid UTF-8 (the first bad byte is at position ${firstInvalidUtf8(bytes) + 1}). ` +
          'Save it as UTF-8 CSV, or set the encoding of the mapping to windows-1252 or auto.',
      )
    }
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' }
  }
}
