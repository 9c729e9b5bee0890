// Set when the student moves on, so the next question takes keyboard focus once it arrives.
let pending = false;

export function requestFocusOnNextQuestion(): void {
  pending = true;
}

export function takeFocusRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
