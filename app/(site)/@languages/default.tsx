/** A page the slot does not match renders no switcher rather than failing. */
export default function NoLanguages() {
  return null;
}
