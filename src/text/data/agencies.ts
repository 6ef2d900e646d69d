import { dict } from './dict.ts';

/**
 * News agencies written in Title case that open a text in parentheses before a bare space ("(Reuters)
 * The …"), where a word in parentheses may as well be a label ("(Updated) The …"); one in capitals
 * ("(AP)", "(AFP)", "(CNN)") needs no list.
 */
export const TITLE_CASE_AGENCIES = dict<true>({
  Reuters: true,
  Bloomberg: true,
  Xinhua: true,
  Yonhap: true,
  Kyodo: true,
  Interfax: true,
  Bernama: true,
  Antara: true,
  Tass: true,
  Anadolu: true,
  Sputnik: true,
});
