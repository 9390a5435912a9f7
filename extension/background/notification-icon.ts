/**
 * The notifications' icon: Chrome refuses a notification without one, and the extension ships
 * no image files. A 64×64 PNG (a white page on the palette's blue) as a data URL.
 * @module
 */
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAAZElEQVR42u3a0QkAIAgFQBdppeZ3m5ohIrA6cYGDHs+PovW8egMAAAAAAOArwDg8AAAAAAAAAAuA/VsAQAYAAAD0AIAMAAAA6AEAGQAAAHi4BwA8IQAAAAAAnz0AAAAAAADK7QRMIZ/ZupVaKwAAAABJRU5ErkJggg==';
