{%- extends 'gradebook_base.tpl' -%}

{%- block head -%}
<script src="{{ base_url }}/cmcert-formgrader/static/js/gradebook_assignments.js"></script>
{%- endblock -%}

{%- block breadcrumbs -%}
<ol class="breadcrumb">
  <li class="active">Correction manuelle</li>
</ol>
{%- endblock -%}

{%- block table_header -%}
<tr>
  <th>Devoir</th>
  <th class="text-center">Date limite</th>
  <th class="text-center">Copies</th>
  <th class="text-center">Note moyenne</th>
</tr>
{%- endblock -%}

{%- block table_body -%}
<tr><td colspan="4">Chargement, veuillez patienter…</td></tr>
{%- endblock -%}
