import { api } from "../../shared/http";
import type { Category } from "../types";

let catalogue: Promise<Category[]> | undefined;

/** The category catalogue in force, read once per page. */
export function categories(): Promise<Category[]> {
  catalogue ??= api<{ categories: Category[] }>("/api/v1/categories").then(r => r.data.categories);
  return catalogue;
}

export function categoryName(all: Category[], code: string, locale: string): string {
  const found = all.find(c => c.code === code);
  return found ? (locale === "en" ? found.name.en : found.name.zh) : code;
}
