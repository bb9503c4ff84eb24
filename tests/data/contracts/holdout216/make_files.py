"""holdout216 — writes the ten ORDINARY draft contracts of this folder and their labels, from the sources kept here.

Run with /work/main/.venv/bin/python. It
- writes the .md / .txt contracts as they are, and builds the .docx / .pdf through ../word_pdf.py
  (write(..., wrap_words=True); Word tables for the price tables);
- asserts every price line, total and payment instalment, and that every labelled figure appears in the text;
- re-applies the contract rules of policy §3 (and the TCO share of §4) to the labels and asserts the result
  equals the plan decided before the text was written;
- writes the .json labels (holdout18/19 format: same keys, key order, json.dumps(..., ensure_ascii=False, indent=1),
  no trailing newline);
- reads every built file back (python-docx paragraphs + tables, pypdf, plain text), checks the text lengths and fails
  if any threshold pattern matches (the patterns are self-tested first).
No project code is imported or run.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h216z01 — 市场监督管理局 食品安全抽检监测信息平台 (政府采购 公开招标, buyer's paper) — .docx, compliant
# ---------------------------------------------------------------------------------------------------------------
H216Z01 = """
T:江临市食品安全抽检监测信息平台建设项目政府采购合同
P:合同编号：JLSJ-CG-2025-0417
P:采购项目编号：JLZC2025-GK-0932（公开招标）
P:采购人（甲方）：江临市市场监督管理局
P:地址：江临市滨江大道188号
P:供应商（乙方）：浙江衡准信息科技有限公司
P:地址：杭州市西湖区文三路477号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江临市食品安全抽检监测信息平台建设项目订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设食品安全抽检监测信息平台，覆盖抽检计划编制、任务派发、现场抽样、样品流转、检验数据报送、不合格食品核查处置和风险预警分析七个业务环节，供市局、9个区县局及承检机构共同使用。
P:1.2 乙方同时提供移动抽样终端、便携式打印机、历史数据迁移、部署实施和培训，并完成平台与国家食品安全抽检监测信息系统、省级智慧监管平台以及8家承检机构实验室信息管理系统的数据对接。
P:1.3 平台部署于江临市政务云，云资源由甲方提供，乙方负责应用部署和安全加固。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾叁万陆仟元整（¥2,536,000），为固定总价，已包含软件许可、设备、开发、税费、运输、实施、培训及质保期内的全部服务费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|平台软件许可（永久，含七个业务模块）|1套|1,180,000|1,180,000
TB:2|定制开发及接口对接|1项|646,000|646,000
TB:3|移动抽样终端（含抽样APP）|60台|6,800|408,000
TB:4|便携式蓝牙打印机|60台|1,450|87,000
TB:5|历史抽检数据迁移（2019年起）|1项|94,000|94,000
TB:6|部署实施及培训|1项|121,000|121,000
TB:合计||||2,536,000
P:2.2 上表第1、3、4项合计¥1,675,000，以下称“软硬件小计”，作为质保期满后维保费的计算基数。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%，即¥507,200，作为预付款。
P:3.2 平台通过初验并进入试运行后15个工作日内，甲方支付合同总价的45%，即¥1,141,200。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥887,600。
P:3.4 乙方应在每次付款前向甲方开具等额合法发票。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署、设备交付及数据迁移，并向甲方提交初验申请。设备交付至甲方指定地点，由甲方清点签收；签收仅表示数量和外观相符，不代表验收合格。
P:4.2 乙方应在项目启动后10日内提交实施方案和人员名单，经甲方确认后执行。
H:第五条 验收
P:5.1 初验由甲方组织，依据招标文件技术要求和经甲方确认的需求规格说明书逐项测试，至少包括：七个业务环节功能全部实现；与国家系统、省级平台及8家承检机构的接口连续10日数据报送无差错；500个用户并发时常用页面响应时间不超过3秒；历史数据迁移后逐条核对记录数和关键字段一致；移动终端在无网络状态下可离线抽样，并在联网后自动上传。
P:5.2 初验合格后进入为期3个月的试运行。试运行期间未发生一级故障，且平台通过第三方软件测评机构的功能性能测试和网络安全等级保护第二级测评的，甲方组织最终验收，并出具最终验收报告。
P:5.3 平台上线、试运行、甲方使用或付款，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、设备维修或更换及现场技术支持。
P:6.2 服务水平：平台年可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日经甲方同意）。故障分级处理要求如下：一级故障（平台整体不可用、抽检数据无法报送或国家系统接口中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单一模块或单一区县无法使用）1小时内响应，24小时内解决；三级故障（一般使用问题）在下一个工作日内解决。
P:6.3 乙方未按6.2条约定时间响应或恢复的，每超时1小时扣减服务费¥800；平台年可用率每低于约定值0.01个百分点，扣减¥1,500。扣减款从甲方应付款项中抵扣。
P:6.4 质保期满后，如甲方需要，乙方按软硬件小计的7%每年（即¥117,250/年）提供维保服务，该费率在质保期满后三年内不作调整，服务内容和服务水平与质保期相同。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台中的抽检数据、检验结果、企业及人员信息、操作日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得以任何方式留存、复制、用于其他目的或向第三方提供。
P:7.2 乙方应按网络安全等级保护第二级要求落实安全措施，运维访问须经甲方审批并通过政务云堡垒机进行，全程记录；不得通过互联网远程直连生产环境。
P:7.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后2小时内报告甲方，立即采取处置措施，并承担因其原因造成的全部损失和法律责任。
H:第八条 知识产权
P:8.1 为本项目定制开发的功能模块、接口程序、源代码、数据迁移脚本及技术文档，知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台基础软件的著作权归乙方，甲方取得永久、不可撤销的使用许可。
P:8.3 乙方保证其交付的软件和设备不侵犯第三方知识产权。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、抽检计划、未公开的检验结果和执法信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过30日的，甲方有权解除合同，乙方应退还已收款项，并按合同总价的10%支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包或分包给第三方，也不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（一）逾期超过30日；（二）两次验收不合格；（三）违反第七条或第九条约定，造成严重后果；（四）其他根本违约行为，经甲方书面催告后15日内仍未纠正。
P:12.2 合同解除后，乙方应在10日内向甲方移交全部数据、文档和源代码，并协助甲方完成过渡。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 附件：需求规格说明书、设备配置清单、验收测试方案。
P:甲方（盖章）：江临市市场监督管理局　　乙方（盖章）：浙江衡准信息科技有限公司
P:法定代表人或授权代表（签字）：　　　　法定代表人或授权代表（签字）：
P:签订日期：2025年　月　日　　　　　　　签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h216z02 — 浮法玻璃 熔窑温度及锡槽监测设备 + 质保期满后维保 — .pdf
# ---------------------------------------------------------------------------------------------------------------
H216Z02 = """
T:熔窑温度及锡槽监测设备采购与维保合同
P:合同编号：HJBL-SB-2025-063
P:买方（甲方）：鄂东华晶浮法玻璃有限公司
P:住所：湖北省黄石市西塞山区工业园玻璃大道16号
P:卖方（乙方）：洛阳炉测仪表科技有限公司
P:住所：河南省洛阳市高新区滨河北路71号
P:甲方二线日熔化量600吨浮法玻璃生产线冷修后复产，需更换熔窑温度检测系统并新增锡槽监测设备。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方提供下列设备及软件，并负责热态安装、调试和操作培训：
TB:序号 | 名称 | 数量 | 单价（元） | 金额（元）
TB:1 | 熔窑碹顶及池底热电偶测温点（B型、S型，含刚玉保护管） | 48支 | 9,500 | 456,000
TB:2 | 蓄热室及胸墙红外测温仪 | 12台 | 28,000 | 336,000
TB:3 | 锡槽温度监测单元（锡液及槽顶空间温度） | 1套 | 386,000 | 386,000
TB:4 | 锡槽保护气体成分及氧含量分析仪 | 2套 | 143,000 | 286,000
TB:5 | 锡槽压力监测及窑内工业电视 | 1套 | 214,000 | 214,000
TB:6 | 数据采集站及监测软件（永久许可） | 1套 | 268,000 | 268,000
TB:7 | 热态安装调试 | 1项 | 158,000 | 158,000
TB:8 | 操作及维护培训 | 1项 | 26,000 | 26,000
TB:合计 |  |  |  | 2,130,000
P:（二）合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），含增值税、包装、运输、保险、安装调试及培训费用。
P:（三）上表第1至6项合计¥1,946,000，以下称“设备及软件小计”。
P:（四）主要技术要求：B型热电偶测量范围0至1,700℃，S型热电偶测量范围0至1,500℃，允许误差符合Ⅰ级要求；红外测温仪测量范围600至1,800℃，重复性±1℃；氧含量分析仪测量下限不高于1ppm；监测软件数据保存不少于三年，支持趋势曲线、报警记录查询和报表导出。
H:二、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方现场，由甲方清点签收；签收只确认数量和外观，不代表设备验收合格。
P:（二）熔窑处于热态生产状态，热电偶和红外测温仪须在甲方生产部门配合下分批安装。乙方应提交热态安装方案，经甲方安全部门批准后实施；乙方人员须遵守甲方动火、高温及有限空间作业的安全规定。
P:（三）安装调试应在设备到货后30日内完成。
P:（四）乙方应为甲方仪表及工艺人员提供不少于3天的现场培训，内容包括设备原理、日常点检、热电偶更换、分析仪标定和软件操作，并提交中文操作维护手册。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，即¥426,000，作为预付款；
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的45%，即¥958,500；
P:（三）设备验收合格后，甲方支付合同总价的25%，即¥532,500；
P:（四）余款即合同总价的10%（¥213,000）作为质量保证金，质保期满且无未解决的质量问题后支付。
H:四、验收
P:（一）安装调试完成后，双方按以下标准共同验收：1.热电偶及红外测温仪的测量值与甲方标准热电偶比对，偏差在±3℃以内；2.锡槽温度及保护气体氧含量数据刷新周期不超过2秒；3.超温、氧含量超限及压力异常报警逐项模拟，全部正确触发；4.监测软件与甲方DCS系统通讯正常，历史数据可追溯查询；5.监测画面显示值与现场仪表读数一致，报表数据与历史库记录一致；6.系统连续72小时热态运行无故障。
P:（二）验收合格的，双方签署验收报告；不合格的，乙方应在10日内整改后重新验收。设备安装、通电或甲方投入使用，均不视为验收合格。
H:五、质保
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内因设备质量问题发生的故障，乙方免费维修或更换，热电偶保护管的正常烧损除外。
P:（二）一级故障（锡槽温度监测中断、保护气体分析仪失效或熔窑主测温点半数以上失效）：乙方接到通知后1小时内响应，8小时内到达现场，24小时内恢复；二级故障（单个测温点或单台仪表失效）：8小时内响应，72小时内修复。
P:（三）乙方未按时响应或到场的，每迟延1小时向甲方支付¥1,000，从质量保证金中扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供全包维保服务，期限四年，内容包括：每季度巡检和校准，热电偶及保护管等易损件更换，分析仪传感器更换，软件升级，以及与质保期相同的故障响应。
P:（二）维保年费按设备及软件小计的23%计取，即每年¥447,580，四年内固定不变，按季度于每季度末支付。
P:（三）维保期间乙方每季度提交巡检校准报告；一级故障的响应、到场要求及迟延赔偿与质保期相同。
P:（四）维保期满后是否续签由双方另行协商；未签订书面协议的，不自动续期。
H:七、数据安全
P:（一）监测系统采集的温度、气体成分、压力及视频等生产数据归甲方所有，乙方仅为履行本合同之目的使用，不得复制、留存或提供给任何第三方。
P:（二）监测系统部署在甲方工控网络内，与办公网络逻辑隔离。乙方远程诊断须逐次经甲方审批，通过甲方提供的VPN及堡垒机接入，操作全程记录。
P:（三）乙方应采取必要的技术措施，防止病毒和恶意代码进入甲方工控网络。因乙方原因导致数据泄露、篡改或工控系统受到攻击的，乙方应在发现后1小时内通知甲方，配合处置，并赔偿甲方由此遭受的全部损失。
P:（四）维保结束或合同终止时，乙方应注销其远程诊断账号，删除其为诊断临时留存的数据和文件，并向甲方书面确认。
H:八、知识产权
P:（一）为甲方定制的监测画面、报表模板以及与DCS之间的接口程序，知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
P:（二）监测软件的著作权属于乙方，甲方取得永久使用许可，并可在本合同设备范围内不限用户数使用。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）设备验收不合格且经两次整改仍不合格的，甲方有权退货，乙方退还已付款项并承担甲方因此产生的费用。
P:（三）因乙方安装作业造成甲方生产事故、设备损坏或人员伤害的，乙方承担赔偿责任，并负责恢复甲方生产设施。
H:十、甲方的义务
P:（一）甲方应在安装前提供必要的施工条件、电源、仪表气源和DCS通讯接口资料；（二）甲方指定专人负责协调生产配合；（三）甲方应按乙方提供的操作规程使用和点检设备。
H:十一、分包
P:乙方不得转包本合同。热态安装中的保温、砌筑等辅助作业如需由第三方实施，须事先取得甲方书面同意，乙方对第三方的工作负责。
H:十二、合同解除
P:乙方逾期交货超过30日，或有其他根本违约行为且经甲方书面催告后15日内未纠正的，甲方有权解除合同。
H:十三、不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交黄石仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、热态安装方案。
P:甲方（盖章）：鄂东华晶浮法玻璃有限公司　　乙方（盖章）：洛阳炉测仪表科技有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h216z03 — 烘焙连锁 (80 家门店) 订货及会员营销 SaaS + 实施 — .md
# ---------------------------------------------------------------------------------------------------------------
H216Z03 = """# 门店订货及会员营销云服务合同

合同编号：MXF-IT-2025-018

甲方（客户）：苏州麦香坊食品连锁有限公司
住所：苏州市吴中区东方大道1288号

乙方（服务商）：上海云焙信息科技有限公司
住所：上海市闵行区虹梅南路2588号

鉴于甲方在江苏、上海经营80家烘焙门店和1个中央工厂，拟采用乙方“云焙”SaaS平台统一管理门店订货、收银对接和会员营销；乙方具备提供该服务的技术能力，双方经协商达成如下协议。

## 1. 服务内容

1.1 乙方通过互联网向甲方提供以下订阅服务：门店订货与要货、中央工厂生产排单与配送、会员小程序商城、积分与储值、营销活动配置及经营报表。

1.2 乙方一次性提供实施服务：现有会员（约46万名）及商品资料迁移，80家门店POS收银系统对接，与甲方金蝶财务系统的凭证接口，门店店长及总部人员培训，并提供操作手册和视频教程。

1.3 甲方不购买软件许可。平台由乙方部署在其租用的云平台上运行和维护，甲方通过浏览器、门店终端和小程序使用。

## 2. 服务期限与续订

2.1 订阅服务期为24个月，自上线验收合格之日起算。

2.2 服务期满前60日内任何一方未书面提出不续订的，本合同自动续订，每次续订期为24个月。续订时乙方有权上调订阅费，每次上调幅度不超过上一期费用的8%，乙方应在期满前30日将新价格通知甲方。

2.3 订阅服务期内，甲方可在每季度末书面调整订阅的模块，调整自下一季度起生效。

## 3. 费用与支付

3.1 本合同总额为人民币壹佰壹拾壹万捌仟元整（¥1,118,000），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 80店 × 4,200元/店/年 × 2年 | 672,000 |
| 会员营销模块 | 96,000元/年 × 2年 | 192,000 |
| 总部中台（中央订货、配送） | 58,000元/年 × 2年 | 116,000 |
| 实施服务费（一次性） | 固定价格 | 138,000 |
| 合计 |  | 1,118,000 |

3.2 订阅费每年合计¥490,000，按季度结算，每季度¥122,500，甲方于每个季度结束后15个工作日内支付。本合同不设预付款。

3.3 实施服务费在上线验收合格后15个工作日内一次性支付。

3.4 服务期内新增门店的，按每店4,200元/年的标准按月折算计费；关闭门店的，自次月起停止计费。

3.5 乙方应于每次收款前向甲方开具合法有效的增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后60日内完成实施，并书面提请上线验收。

4.2 上线验收标准：80家门店全部可正常订货并完成收银对接；连续7日门店订单与中央工厂排单数据一致；会员迁移后逐条核对会员数、积分和储值余额，无差异；小程序在1,000人同时下单时页面响应不超过2秒；金蝶接口凭证自动生成且科目正确。

4.3 验收合格的，由甲方签署上线验收单。门店试用、数据导入或甲方支付任何费用，均不视为验收合格。

4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金800元。

4.5 实施期间乙方应指派专职项目经理，每周向甲方提交进度报告；乙方更换项目经理须提前10日征得甲方同意。

## 5. 服务水平

5.1 平台月可用率不低于99.5%。月可用率＝当月可用分钟数÷当月总分钟数；经甲方同意、安排在凌晨1:00至5:00之间的计划维护除外。

5.2 故障分级：P1（全部或多数门店无法订货、收银或会员支付）15分钟内响应，2小时内恢复；P2（单店或单个功能不可用）1小时内响应，8小时内恢复；P3（咨询及一般问题）下一个工作日内答复。

5.3 服务赔偿：月可用率低于99.5%但不低于99%的，按当月订阅费的5%减免；低于99%的，减免10%。P1故障超出恢复时限的，每超出1小时另减免当月订阅费的1%。每月累计减免不超过当月订阅费的50%。

5.4 乙方提供7×24小时服务热线和在线工单系统，并于每月10日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长及减免金额。

5.5 乙方每季度进行一次版本更新，应提前5个工作日通知甲方；重大功能变更须经甲方确认，且不得影响门店营业时段的正常使用。

## 6. 数据

6.1 甲方在使用服务过程中录入或产生的门店经营数据、订单数据、会员个人信息及交易记录（“甲方数据”）归甲方所有。

6.2 甲方同意，乙方可在去除会员身份标识后，将甲方数据与其他客户的数据汇总，用于编制烘焙行业经营分析报告、改进产品和训练销量预测模型；该权利在本合同终止后继续有效。乙方不得对外提供可识别甲方或会员身份的数据。

6.3 乙方应按网络安全等级保护第三级要求运行平台，对会员个人信息加密存储和传输，实行最小权限访问和操作日志审计，并遵守《个人信息保护法》。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。

6.4 合同终止后30日内，乙方应以通用格式向甲方交还甲方数据，并在甲方确认后删除其持有的甲方数据（6.2条所述汇总数据除外）。

6.5 乙方应每日备份甲方数据，备份至少保留30日，并每半年进行一次恢复演练，将结果书面告知甲方。

## 7. 知识产权

7.1 平台及其源代码的知识产权归乙方所有。

7.2 乙方为甲方专门开发的小程序页面设计、定制报表和金蝶接口程序等定制内容，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8. 保密

双方对在合作中获知的对方经营信息、价格、配方和技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方信息的员工遵守同等保密义务。本条在合同终止后三年内继续有效。

## 9. 甲方的义务

9.1 甲方应按约定支付费用，指定项目负责人配合实施，并按时提供迁移所需的会员、商品和门店资料。

9.2 甲方应妥善保管平台账号和口令，对其员工在平台上的操作负责，并确保向会员收集个人信息时已依法取得必要的同意。

## 10. 分包

乙方不得转包本合同。平台所用的云计算资源由阿里云计算有限公司提供，已在附件中列明；除此之外，乙方将任何工作分包给第三方的，须事先取得甲方书面同意。

## 11. 责任

11.1 任何一方违约给对方造成损失的，应予赔偿。乙方在本合同项下的累计赔偿责任以本合同总额的两倍为限，但因乙方违反第6条造成的损失不受此限。

11.2 任何一方均不对对方的间接损失承担责任。

## 12. 解除

12.1 一方严重违约，经另一方书面通知后15日内未纠正的，守约方有权解除本合同。

12.2 连续两个月平台月可用率低于99%的，甲方有权解除本合同，并无需承担违约责任。

## 13. 不可抗力

因不可抗力或基础电信网络大面积中断导致服务中断的，受影响方应及时通知对方；相应时间不计入可用率考核，但乙方应尽快恢复服务。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交苏州仲裁委员会按其仲裁规则仲裁。

## 15. 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：服务说明书、实施计划、云资源说明。

甲方（盖章）：苏州麦香坊食品连锁有限公司　　乙方（盖章）：上海云焙信息科技有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日　　　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h216z04 — 县水利局 山洪灾害监测预警平台 年度运行维护 (政府采购) — .txt
# ---------------------------------------------------------------------------------------------------------------
H216Z04 = """青溪县山洪灾害监测预警平台运行维护服务合同

合同编号：QXSL-YW-2025-02
采购方式：竞争性磋商（政府采购）
采购人（甲方）：青溪县水利局
地址：青溪县城关镇河西路9号
服务供应商（乙方）：湖南汛达信息技术有限公司
地址：长沙市岳麓区麓谷大道658号

第一章 总则

第一条 依据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就青溪县山洪灾害监测预警平台2025年度运行维护服务签订本合同。

第二条 服务期自2025年4月1日起至2026年3月31日止。服务期满本合同即行终止；后续运维服务由甲方依法另行采购，本合同不自动续期。服务地点为青溪县防汛抗旱指挥中心及全县各监测站点。

第二章 服务内容

第三条 运维对象：
（1）县级山洪灾害监测预警平台，含预警发布系统、短信平台接口和视频会商系统；
（2）自动雨量站86个、水位站24个；
（3）无线预警广播132套；
（4）视频监测点11处；
（5）县防汛抗旱指挥中心机房的UPS、空调等基础环境。

第四条 服务内容：
（1）汛前全面巡检：4月30日前完成全部站点巡检、设备清洗校准、蓄电池检测和缺陷整改，并提交汛前巡检报告；
（2）汛期（5月1日至9月30日）安排2名技术人员驻县值守，实行24小时值班，配合甲方防汛值班和预警发布；遇强降雨、台风预警期间，另行增派不少于2名技术人员赴重点乡镇驻守；
（3）非汛期每季度对全部站点巡检一次，并对预警广播进行一次试播；
（4）平台软件的日常维护、数据库备份、安全补丁和小版本升级，以及机房基础环境的日常巡查；
（5）备品备件包干：单件价格在2,000元以下的损坏部件由乙方免费更换；单件价格超过该金额的，由乙方报价、经甲方确认后更换；
（6）汛期结束后30日内提交汛期运维总结报告，提出设备更新改造建议；
（7）为乡镇、村级预警员开展预警广播使用培训，全年不少于6场；
（8）配合甲方迎接上级水行政主管部门的检查，按要求提供运维数据和材料。

第五条 乙方应组建不少于6人的运维团队，项目负责人应具有水利信息化项目运维经验；驻县值守人员名单报甲方备案，未经甲方同意不得更换。

第三章 服务费用及支付

第六条 合同总价为人民币陆拾肆万伍仟贰佰元整（¥645,200），包干使用，已包含人工、交通、备件、通信及税费，甲方不再另行支付其他费用。明细如下：
  1. 平台软件运维 ………………………………… 168,000元
  2. 雨量站、水位站巡检维护 110站×1,900元 ……… 209,000元
  3. 无线预警广播维护 132套×650元 ………………… 85,800元
  4. 视频监测点维护 11处×2,400元 ………………… 26,400元
  5. 备品备件包干 ………………………………… 64,000元
  6. 汛期驻县值守 ………………………………… 92,000元
  合计 ………………………………………………… 645,200元

第七条 本合同不设预付款。服务费按季度支付，每季度为合同总价的四分之一：每季度结束后，甲方按第九条完成季度考核，并在考核结果确认后15个工作日内支付当季服务费¥161,300，考核扣款在当季服务费中扣除。乙方应在付款前开具合法发票。

第四章 服务标准与考核

第八条 服务水平：
（1）汛期平台月可用率不低于99.95%；
（2）一级故障（平台中断、预警短信无法发送，或一个乡镇范围内的预警广播全部失效）：30分钟内远程响应，3小时内到达现场，8小时内恢复；
（3）二级故障（单个站点数据中断或单套广播失效）：2小时内响应，汛期48小时内、非汛期72小时内修复；
（4）站点数据中断超过修复时限的，乙方应安排人员到站人工报汛，直至恢复；
（5）平台数据库每日自动备份，备份保留不少于90日，每季度进行一次恢复测试。

第九条 季度考核：甲方依据附件《运维考核表》，对巡检记录、故障处理时效、到场记录、值守记录和平台运行报告进行考核，考核结果由双方签字确认，得分低于80分的为考核不合格。乙方未达到第八条要求的，按下列标准扣款：一级故障超时响应或超时到场的，每超时1小时扣500元；平台月可用率每低于约定值0.01个百分点扣800元；二级故障超时修复的，每站每日扣200元。

第十条 服务期满后，甲方依据全年考核结果、运维总结报告和站点运行状况进行年度验收；年度验收不合格的，乙方应在20日内整改。年度验收合格后，乙方应向甲方移交全年运维档案。

第五章 数据安全与保密

第十一条 平台及站点采集的雨量、水位、视频和预警发布记录等数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或提供给第三方。合同终止时，乙方应删除其因运维需要临时存放的数据，并书面确认。

第十二条 乙方应按网络安全等级保护第二级要求开展运维，运维操作通过甲方堡垒机进行并全程记录，账号口令专人专用，不得在平台服务器上安装与运维无关的软件；乙方人员离岗时应交回全部账号。发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方，配合调查处置，并承担因其过错造成的损失。

第十三条 乙方对履约中知悉的水利工程信息、防汛预案及其他未公开信息负有保密义务，服务期满后仍然有效。乙方应与驻县人员签订保密承诺书；预警信息未经甲方授权不得对外发布。

第六章 知识产权

第十四条 乙方在运维中形成的巡检报告、运维文档、脚本和平台配置资料归甲方所有，甲方可交由后续服务单位使用和修改。乙方自有的运维工具软件，其著作权仍归乙方。

第七章 分包

第十五条 乙方可将边远站点的日常巡检和广播设备清洁委托当地具备相应能力的单位实施，但应在实施前书面告知甲方，并报备受托单位名单。乙方对受托单位的工作承担全部责任。

第八章 甲方的义务

第十六条 甲方应为驻县值守人员提供办公场所和网络条件，及时提供站点变更信息，协调乡镇和村组配合站点巡检，并按约定支付服务费。甲方发现站点异常时，应及时通知乙方处理。

第九章 违约责任

第十七条 乙方未能在4月30日前完成汛前全面巡检及整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金；逾期超过20日的，甲方可另行委托他人完成，费用由乙方承担。

第十八条 因乙方原因导致预警信息未能及时发布，造成人员伤亡或财产损失的，乙方依法承担赔偿责任。

第十章 不可抗力

第十九条 因超标准洪水、地震等不可抗力造成站点设备损毁的，修复费用由甲方另行承担，乙方应在条件允许后尽快组织抢修；不可抗力期间的考核由双方协商确定。

第十一章 合同解除

第二十条 乙方连续两个季度考核不合格，或汛期擅自撤离值守人员，或有其他严重违约行为经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并按实际服务时间和考核结果结算费用。甲方无正当理由逾期付款超过60日，经乙方书面催告后仍不支付的，乙方可以解除本合同。

第十二章 争议解决及其他

第二十一条 因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第二十二条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。附件：运维考核表、站点清单、乙方响应文件。

甲方（盖章）：青溪县水利局　　　　　　　　乙方（盖章）：湖南汛达信息技术有限公司
代表（签字）：　　　　　　　　　　　　　　代表（签字）：
日期：2025年　月　日　　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h216z05 — 榨菜食品公司 WMS 软件许可 + 定制开发, 乙方自己的标准合同文本 — .md (many problems)
# ---------------------------------------------------------------------------------------------------------------
H216Z05 = """# 仓擎WMS仓储管理系统软件销售及实施合同

**（重庆仓擎软件有限公司标准合同文本 V4.0）**

合同编号：CQ-WMS-2025-0158

甲方（买方）：重庆涪州榨菜食品有限公司
地址：重庆市涪陵区李渡工业园聚龙大道36号

乙方（卖方）：重庆仓擎软件有限公司
地址：重庆市渝北区金开大道1600号

甲方为规范青菜头原料窖池和成品仓库的管理，向乙方购买仓擎WMS仓储管理系统，并委托乙方进行定制开发和实施。双方根据《中华人民共和国民法典》的规定，经协商一致，签订本合同。

## 第1条 合同标的

1.1 乙方向甲方提供仓擎WMS标准版软件（永久使用许可，覆盖3个仓库、60个并发用户），以及PDA手持终端配套许可40点。

1.2 定制开发内容：青菜头原料收购入池及盐渍批次追溯；发酵池（窖池）库位管理；坛装、袋装成品批次及保质期管理；与甲方金蝶云星空ERP的接口；地磅及电子秤数据接口。

1.3 实施服务：需求调研、系统配置、基础数据导入和上线支持；培训：仓库管理员、叉车及PDA操作人员和管理人员培训，培训共3天，在甲方现场进行。

1.4 甲方自行采购PDA硬件、服务器、操作系统和数据库，并负责网络环境，上述内容不在本合同范围内。

1.5 标准版功能包括收货、上架、库存管理、拣货、发货、盘点、批次追溯、库位可视化和统计报表；PDA支持扫码收货、移库和盘点。

## 第2条 合同价格

2.1 本合同总价为人民币玖拾柒万捌仟元整（¥978,000），含增值税，明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓擎WMS标准版软件许可 | 1套 | 420,000 |
| 2 | PDA手持终端配套许可 | 40点 × 1,500元 | 60,000 |
| 3 | 定制开发 | 1项 | 368,000 |
| 4 | 实施服务 | 1项 | 112,000 |
| 5 | 培训 | 1项 | 18,000 |
|  | 合计 |  | 978,000 |

2.2 第1、2项合计480,000元，为软件许可费。

2.3 甲方在实施过程中提出超出1.2条范围的需求的，按乙方人员每人每天2,600元另行计费。

2.4 合同价格不含差旅费。乙方人员赴甲方现场发生的交通和住宿费用，按实际发生由甲方承担。

## 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即635,700元，乙方收到该款项后安排人员进场。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即342,300元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付滞纳金，乙方并有权暂停实施和服务，工期相应顺延。

3.4 乙方在收到每笔款项后开具增值税专用发票。

## 第4条 实施与上线

4.1 乙方根据双方确认的实施计划推进项目，计划上线时间为合同签订后约90日。因甲方需求变更、数据准备不及时或硬件环境未就绪等原因造成延误的，上线时间相应顺延。

4.2 实施计划中的时间为预估时间。乙方将尽力按计划完成上线，但不因上线时间推迟承担违约责任。

4.3 甲方应指定项目负责人，按时确认需求文档和实施方案；甲方逾期确认超过5个工作日的，视为确认。

4.4 甲方应按乙方要求准备服务器、数据库及网络环境，保证导入数据的准确和完整。上线前乙方组织一次模拟运行，甲方应安排仓库人员参加并准备期初库存数据。

## 第5条 验收

5.1 系统安装部署完毕并上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后使用中提出的问题，由乙方在维护服务中处理，不影响验收结论及付款。

5.3 甲方无正当理由延迟上线超过30日的，自第31日起视为验收合格。

## 第6条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复，现场服务按2.3条标准另行收费。

6.2 故障响应：紧急故障（系统无法登录、无法办理出入库）乙方在8个工作小时内响应；一般故障在2个工作日内响应。

6.3 乙方将尽合理努力修复故障，但不对修复时间作出承诺，亦不因响应或修复延迟承担任何扣款、赔偿或违约金。

6.4 免费维护不包括：甲方操作不当、擅自修改配置、硬件或网络故障及第三方软件引起的问题，以及甲方新增需求的开发。

## 第7条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价目表执行。

7.2 未签订维护合同的，乙方不再提供任何技术支持、补丁和升级服务，甲方自行承担系统运行风险。

7.3 维护合同期满前，乙方将提前通知甲方办理续签事宜。

## 第8条 知识产权

8.1 仓擎WMS软件以及乙方为本合同所做定制开发的全部成果（包括源代码、接口程序、设计文档和报表模板）的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有定制成果的非独占使用权，不得修改、反编译或提供给第三方使用。乙方有权将定制成果用于其他客户。

8.3 乙方保证标准软件不侵犯第三方知识产权；因甲方修改软件或与其他软件组合使用引起的侵权，乙方不承担责任。

## 第9条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为提供实施和维护服务之目的访问和使用。

9.2 乙方远程维护须经甲方同意，并使用甲方提供的账号登录；乙方应采取合理的安全措施，防止甲方数据泄露、丢失或被篡改。因乙方原因造成数据安全事件的，乙方应在24小时内通知甲方，协助恢复，并承担相应的赔偿责任。

9.3 合同终止后，甲方可要求乙方协助导出业务数据，乙方按2.3条标准收费。

## 第10条 保密

10.1 双方对因本合同获知的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 本条在合同终止后两年内继续有效。

10.3 乙方有权在其客户名单和宣传资料中使用甲方的名称和商标。

## 第11条 合作伙伴

11.1 乙方有权根据项目需要，将部分定制开发、实施或现场服务工作交由乙方认证的合作伙伴完成，无需另行取得甲方同意。

11.2 乙方对合作伙伴的工作向甲方负责。

## 第12条 责任限制

12.1 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过本合同总价的20%。

12.2 乙方不对甲方的间接损失、利润损失、停产损失或商誉损失承担赔偿责任。

12.3 甲方应在知道或应当知道损失发生之日起30日内书面提出索赔，逾期视为放弃。

## 第13条 合同解除

13.1 一方严重违反本合同，经对方书面催告后30日内仍未改正的，对方有权书面通知解除本合同。

13.2 因甲方原因导致合同解除的，甲方已支付的款项不予退还，甲方应立即停止使用定制成果。

## 第14条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方，并在合理期限内提供证明。

## 第15条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地（重庆市渝北区）人民法院提起诉讼。

## 第16条 其他

16.1 本合同自双方盖章之日起生效，一式四份，双方各执两份。

16.2 本合同为乙方标准文本。双方如有补充约定，应另行签署书面补充协议；补充协议未涉及的事项，以本合同为准。

甲方（盖章）：重庆涪州榨菜食品有限公司　　　乙方（盖章）：重庆仓擎软件有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日　　　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h216e01 — Xiamen umbrella maker, pattern-design software perpetual licences, Spanish licensor (Isla de Arousa) — .pdf
# ---------------------------------------------------------------------------------------------------------------
H216E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. XYU-LIC-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Xiamen Yuxiang Umbrella Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at No. 26 Tongji Road, Jimei District, Xiamen, Fujian Province ("Customer"); and
P:(2) Arousa Patronaje Digital S.L., a company incorporated in Spain, with its registered office on the Isla de Arousa, Pontevedra, Galicia, Spain ("Licensor").
H:Background
P:(A) Customer manufactures umbrellas for export and wishes to replace its manual canopy-panel pattern work with a computer-aided design system.
P:(B) Licensor develops the CanopyCAD pattern-design software for umbrellas and awnings and will license it to Customer and provide the related services on the terms of this Agreement.
P:(C) At Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the CanopyCAD modules listed in Article 3, in object code, with their user documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the frame-family template library, the legacy pattern conversion scripts and any other material that Licensor prepares specifically for Customer under this Agreement.
P:1.3 "Installation Certificate" means the document signed by both parties confirming that the Software is installed on Customer's server and that every licensed seat can be activated.
P:1.4 "Final Acceptance" means the written acceptance that Customer issues under Article 6.3.
P:1.5 "Customer Data" means all pattern files, frame specifications, drawings and other data that Customer provides or creates with the Software.
H:Article 2 Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software, for the number of seats stated in Article 3, for Customer's own business at its sites in Xiamen and at any future factory of Customer in mainland China.
P:2.2 Customer may make back-up copies of the Software and may move a seat to another workstation by deactivating it on the first workstation. Customer shall not sublicense the Software or reverse engineer it, except as permitted by applicable law.
H:Article 3 Products, Services and Price
P:3.1 The total price of this Agreement (the "Contract Price") is CNY 1,020,000, inclusive of VAT, made up as follows:
TB:Item | Description | Qty | Unit price (CNY) | Amount (CNY)
TB:1 | CanopyCAD Designer, perpetual seat licence | 14 | 38,500 | 539,000
TB:2 | CanopyCAD Grader and Nesting module | 6 | 24,000 | 144,000
TB:3 | Fabric Print Simulation add-on | 4 | 17,500 | 70,000
TB: | Licence Subtotal (items 1 to 3) |  |  | 753,000
TB:4 | Installation and configuration | 1 | 46,000 | 46,000
TB:5 | Frame-family template library (23 families) | 1 | 128,000 | 128,000
TB:6 | Conversion of 1,900 legacy DXF patterns | 1 | 58,000 | 58,000
TB:7 | Training (remote sessions and six days on site) | 1 | 35,000 | 35,000
TB: | Contract Price |  |  | 1,020,000
P:3.2 The Contract Price is fixed.
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price in three instalments, each within 30 days after receipt of a correct invoice:
P:(a) 20% (CNY 204,000) after signature of this Agreement;
P:(b) 45% (CNY 459,000) after signature of the Installation Certificate; the Installation Certificate is not an acceptance of the Software or of any service; and
P:(c) 35% (CNY 357,000) after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the account named in Licensor's invoice.
H:Article 5 Delivery and Services
P:5.1 Licensor shall make the Software available for download and complete installation and configuration within 30 days after signature, deliver the converted patterns within 60 days after signature and deliver the template library within 90 days after signature.
P:5.2 Licensor shall carry out the work in accordance with the project plan in Annex 1. Each party shall appoint a project manager. Licensor's staff working on site shall comply with Customer's factory safety rules.
P:5.3 If Licensor misses a delivery date in Article 5.1 for reasons attributable to it, Licensor shall pay liquidated damages of CNY 900 for each day of delay, up to a total of 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 After delivering all items, Licensor shall notify Customer that the system is ready for acceptance testing. Customer shall run the tests described in Annex 2 within 20 working days, with Licensor's support.
P:6.2 The acceptance criteria are: (a) all 14 Designer seats and the licensed modules activate and run on Customer's workstations; (b) graded panels for ten reference umbrella designs match Customer's master patterns within 0.1 mm; (c) nesting of the reference designs reaches at least the fabric yield stated in Annex 2; (d) a sample of 200 converted patterns, chosen by Customer, opens without error and matches the original dimensions; (e) the template library covers all 23 frame families and has been reviewed by Customer's pattern room; and (f) no Severity 1 incident occurs during 20 consecutive working days of productive use.
P:6.3 When all criteria are met, Customer shall issue a Final Acceptance certificate. If any criterion is not met, Licensor shall correct the defect at its own cost and the relevant test shall be repeated. Installation, productive use or payment does not by itself constitute acceptance.
H:Article 7 Warranty
P:7.1 Licensor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Annex 2 for a warranty period of 18 months from Final Acceptance. During the warranty period Licensor shall correct defects free of charge and shall provide all updates and new versions of the licensed modules that it releases to its customers.
P:7.2 During the warranty period Licensor shall provide support under the service levels in Article 8 without additional charge.
H:Article 8 Support and Service Levels
P:8.1 Customer may report incidents through Licensor's support portal, by e-mail or by telephone. Licensor provides a Chinese-speaking support line from 08:00 to 20:00 China Standard Time on working days and an emergency line at all other times for Severity 1 incidents.
P:8.2 Severity 1 means that the Software cannot be used for pattern design or cutting output at Customer's site. Licensor shall respond to a Severity 1 incident within 2 hours and provide a workaround or fix within 24 hours. Severity 2 means that a function is impaired but work can continue; Licensor shall respond within 8 working hours and provide a fix within ten working days.
P:8.3 If Licensor misses a response or fix time for a Severity 1 incident, Licensor shall grant a service credit of CNY 600 for each hour of delay, deducted from the next amount payable to Licensor.
P:8.4 After the warranty period, Customer may order annual support. The annual support fee is 11.5% of the Licence Subtotal, that is CNY 86,595 per year, and will not change during the first three support years. Any later increase must be agreed in writing. Annual support covers the same services and service levels as the warranty period. Support is ordered by a written purchase order for each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 Licensor retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables vest in Customer when they are created. Licensor shall deliver them in editable form, including the source code of the conversion scripts. Customer may use, modify and license the Custom Deliverables freely, including to its contract manufacturers.
P:9.3 Licensor shall defend Customer against any claim that the Software infringes a third party's rights and shall pay any damages awarded.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to Customer. Licensor may process Customer Data only to perform this Agreement and shall not keep copies after the work for which they were needed is finished.
P:10.2 The Software is installed on Customer's own server. Remote access by Licensor requires Customer's approval for each session, is made through the VPN account provided by Customer and is logged. Licensor shall not transfer Customer Data outside mainland China.
P:10.3 Licensor shall apply appropriate technical and organisational security measures, comply with the PRC Data Security Law and the Personal Information Protection Law, and notify Customer within 24 hours of any security incident affecting Customer Data. Licensor is liable for all losses caused by a security incident for which it is responsible.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party, in particular Customer's designs, customer lists and prices, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for infringement of third-party rights, breach of Article 10 or Article 11, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 Licensor shall not subcontract any part of the services without Customer's prior written consent. Licensor remains responsible for the work of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement enters into force on signature by both parties and continues until all obligations have been performed.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach. Customer may also terminate if the liquidated damages under Article 5.3 reach their maximum.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of Spain.
P:15.2 The courts of Pontevedra, Spain, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 16 General
P:16.1 This Agreement is written in English; the English text prevails over any translation.
P:16.2 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Acceptance Tests), is the entire agreement of the parties on its subject matter.
P:Signed for Customer: ____________________  Name and title: ____________________  Date: ____________
P:Signed for Licensor: ____________________  Name and title: ____________________  Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h216e02 — Guilin river-raft tour operator, booking SaaS, Order Form + General Terms (Isla Tagomago vendor) — .txt
# ---------------------------------------------------------------------------------------------------------------
H216E02 = """TAGOMAGO BOOKING SYSTEMS S.L.
ORDER FORM No. TBS-CN-2025-114

Provider: Tagomago Booking Systems S.L., a Spanish limited company with its registered seat on the Isla Tagomago, Balearic Islands, Spain ("Provider")
Customer: Guilin Yulong River Raft Tours Co., Ltd., No. 8 Yulong Road, Yangshuo County, Guilin, Guangxi Zhuang Autonomous Region, People's Republic of China ("Customer")

This Order Form is entered into under Provider's General Terms of Service, version 2025.1, which are set out in Part B below and form part of it. The Order Form and the General Terms together are the "Agreement". If they conflict, the Order Form prevails.

PART A - ORDER FORM

A1. Services
(a) RaftDesk Booking Engine: online and counter booking for bamboo-raft and river-raft trips, raft and boatman capacity, guide roster, refunds and weather cancellations, and management reports.
(b) Channel Manager: two-way connections to Ctrip, Meituan and Fliggy for inventory, prices and bookings.
(c) Dock Scheduling module: departure slots and queue management for Customer's six docks.
(d) One-time services: integration of e-tickets with the QR boarding gates at six docks (14 gates in total), configuration, data import of Customer's existing products and price calendars, and onboarding and training of Customer's staff.

A2. Subscription Term
24 months from the Go-Live Date (the date of the Go-Live Acceptance Certificate under A5).

A3. Fees
At Customer's request all fees are stated and payable in Chinese Renminbi (CNY), inclusive of VAT.

Item | Basis | Amount (CNY)
Booking Engine platform fee | CNY 14,800 per month x 24 months | 355,200
Channel Manager | CNY 5,200 per month x 24 months | 124,800
Dock Scheduling module | CNY 3,600 per month x 24 months | 86,400
QR boarding gate integration | one-time, fixed | 48,000
Onboarding and training | one-time, fixed | 26,000
Total Contract Value | | 640,400

Monthly recurring charges: CNY 23,600. The subscription includes up to 420,000 passenger bookings in each subscription year; additional bookings are charged at CNY 0.28 per booking, invoiced with the last quarterly invoice of that year.

A4. Invoicing and Payment
Monthly recurring charges are invoiced quarterly in arrears and are payable within 30 days after receipt of the invoice. The one-time fees are invoiced after the Go-Live Acceptance Certificate is signed. No fees are payable before the Go-Live Date.

A5. Implementation and Go-Live Acceptance
(a) Target Go-Live Date: 45 days after signature of this Order Form, so that the system is live before the summer season.
(b) Go-Live Acceptance tests, run by Customer with Provider's support: (1) end-to-end booking, payment, change and refund for each product type; (2) synchronisation of inventory and bookings with all three online travel agencies within 60 seconds; (3) validation of QR e-tickets at all 14 gates at 500 scans per gate per hour without error; (4) weather cancellation of a full departure slot with automatic refunds and passenger messages; and (5) daily reconciliation of bookings with Customer's WeChat Pay and Alipay merchant statements on five consecutive days without unexplained differences.
(c) When all tests are passed, Customer signs a Go-Live Acceptance Certificate. Live use of the Services before that date is not acceptance.
(d) If the Go-Live Acceptance Certificate is not signed by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 30,000 in total.

A6. Hosting and Subcontractors
The Services are hosted by Alibaba Cloud in its Shenzhen region in mainland China. Alibaba Cloud is approved by Customer as Provider's hosting subcontractor by signing this Order Form.

Signed for Provider: ______________________   Name / title: ______________________   Date: ____________
Signed for Customer: ______________________   Name / title: ______________________   Date: ____________

PART B - GENERAL TERMS OF SERVICE (version 2025.1)

1. Definitions
"Services" means the subscription services and one-time services described in the Order Form. "Customer Data" means all data that Customer or its passengers submit to the Services or that the Services generate for Customer, including passenger names, identity document numbers, telephone numbers, bookings, payments and boarding records. "Customer Configurations" means the booking pages, fare rules, gate integration scripts, report layouts and other configurations created for Customer.

2. Access and Use
2.1 Provider grants Customer a non-exclusive, non-transferable right to access and use the Services during the Subscription Term for Customer's own business, through any number of named users.
2.2 Customer shall not resell the Services, attempt to access their source code or use them in breach of applicable law.

3. Customer Data and Security
3.1 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Services. Provider shall not sell, disclose or use Customer Data for any other purpose.
3.2 Provider stores Customer Data only in mainland China. The Services have a completed MLPS level 3 filing. Provider encrypts Customer Data in transit and at rest, restricts access to authorised personnel on a need-to-know basis, uses multi-factor authentication for administrative access and keeps access logs for at least six months.
3.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain it and shall support Customer in notifying passengers and authorities. Provider shall compensate Customer for losses caused by a security incident attributable to Provider.
3.4 Within 30 days after the end of the Agreement Provider shall return all Customer Data in a standard format and then delete it.

4. Service Levels and Support
4.1 Provider's availability target for the booking and boarding functions is 99.95% in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.
4.2 Support is available by telephone, e-mail and portal. Priority 1 (bookings or boarding cannot be processed at one or more docks): response within 30 minutes, 24 hours a day, seven days a week. Priority 2 (a function is impaired): response within 2 hours during business hours. Priority 3 (questions and minor issues): response on the next business day.
4.3 The service levels in this Section 4 are targets. Provider will use reasonable efforts to meet them. Failure to meet a service level does not entitle Customer to service credits, fee reductions, refunds or damages; Provider's only obligation is to continue working to restore the Services and to deliver a root-cause report for each Priority 1 incident within five business days.

5. Customer Responsibilities
Customer shall keep user credentials secure, provide accurate product and price information, operate its gates and counter equipment, and obtain any consents required from passengers for the processing of their data.

6. Fees and Taxes
6.1 The fees in the Order Form are fixed for the Subscription Term.
6.2 Fees are stated inclusive of VAT. Provider's Chinese distributor will issue VAT invoices.

7. Term and Renewal
7.1 The Agreement starts on signature of the Order Form and continues for the Subscription Term.
7.2 The subscription then renews automatically for successive periods of 24 months at the same fees and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

8. Intellectual Property
8.1 Provider owns the Services, the RaftDesk software and all improvements to them.
8.2 Customer Configurations belong to Customer. Customer may use, modify and license them freely, including to a successor provider, and Provider shall deliver them in editable form on request and at the end of the Agreement.

9. Confidentiality
Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.

10. Subcontracting
Except for the hosting subcontractor approved in the Order Form, Provider shall not subcontract any part of the Services, or appoint any sub-processor of Customer Data, without Customer's prior written consent. Provider remains responsible for its subcontractors.

11. Limitation of Liability
11.1 Each party's aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid and payable by Customer in the six months preceding the event giving rise to the claim.
11.2 The limit in Section 11.1 does not apply to fraud, wilful misconduct or personal injury. Neither party is liable for indirect or consequential loss.

12. Termination
12.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
12.2 Customer may terminate the Agreement by written notice if Provider becomes insolvent or stops providing the Services.
12.3 On termination Customer shall pay the fees for Services provided up to the termination date, and Section 3.4 applies.

13. Force Majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, including floods, typhoons and orders of public authorities closing the river, provided it notifies the other party promptly and resumes performance as soon as possible.

14. Governing Law and Jurisdiction
14.1 At Customer's request, the Agreement is governed by the laws of the People's Republic of China.
14.2 The courts of Ibiza (Eivissa), Balearic Islands, Spain, have exclusive jurisdiction over all disputes arising out of or in connection with the Agreement.

15. General
15.1 The Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
15.2 Notices under the Agreement shall be sent by e-mail to the addresses stated in the Order Form and confirmed by courier.
"""

# ---------------------------------------------------------------------------------------------------------------
# h216e03 — Zhanjiang oyster farm, salinity / turbidity sensors, Spanish integrator (Isla de Cabrera), buyer's paper
#           — .docx, compliant
# ---------------------------------------------------------------------------------------------------------------
H216E03 = """
T:SUPPLY AND INSTALLATION CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. ZJHW-EQ-2025-021
P:This Contract is made between:
P:Zhanjiang Haiwan Oyster Aquaculture Co., Ltd., a company established in the People's Republic of China, with its registered address at No. 3 Haibin Road, Potou District, Zhanjiang, Guangdong Province (the "Buyer"); and
P:Cabrera Aquasens Integración S.L., a company established in Spain, with its registered office on the Isla de Cabrera, Balearic Islands, Spain (the "Supplier").
P:The Buyer farms oysters on rafts and long-lines in the waters off Zhanjiang. Sudden falls in salinity after heavy rain and high turbidity after storms kill oysters, so the Buyer wishes to monitor both continuously. The Supplier designs and installs marine monitoring systems. This Contract is on the Buyer's standard terms. At the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Clause 1 Definitions
P:1.1 "Equipment" means the buoys, sensors, telemetry units, shore gateway and other goods listed in Clause 3.
P:1.2 "Software" means the monitoring software licensed under Clause 3 and installed on the shore gateway and on the Buyer's server.
P:1.3 "Deliverables" means the Equipment, the Software and all documents, configurations, alarm rules, dashboards and interface programs provided under this Contract.
P:1.4 "Installation Certificate" means the certificate signed by the Buyer confirming that all buoys are moored and transmitting data.
P:1.5 "Final Acceptance" means the acceptance of the complete system by the Buyer under Clause 7.
P:1.6 "Buyer Data" means all measurements, positions, alarms, images, logs and other data collected or generated by the Deliverables.
H:Clause 2 Scope
P:2.1 The Supplier shall supply, install, moor, calibrate and commission 18 monitoring buoys at the sites shown in Annex 1, with salinity, temperature and turbidity sensors on every buoy and dissolved-oxygen and chlorophyll sensors on six buoys, and a shore gateway that sends the data to the Buyer's server and mobile application.
P:2.2 The Supplier shall configure alarms for low salinity, high turbidity and low dissolved oxygen at thresholds set by the Buyer's technicians, and connect the alarms to the Buyer's existing feeding and harvest scheduling application.
P:2.3 The Supplier shall train the Buyer's technicians in operation, cleaning, calibration and basic repair.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,780,000, inclusive of VAT, customs duties, transport, insurance, installation and training, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Monitoring buoy with salinity and temperature probe|18|46,500|837,000
TB:2|Optical turbidity sensor with self-cleaning wiper|18|12,800|230,400
TB:3|Dissolved-oxygen and chlorophyll sensor|6|21,600|129,600
TB:4|Solar power and 4G telemetry unit|18|9,200|165,600
TB:5|Shore gateway and monitoring software (perpetual licence)|1|158,000|158,000
TB:|Hardware and Licence Subtotal|||1,520,600
TB:6|Marine installation and mooring|1|186,000|186,000
TB:7|Calibration and commissioning|1|54,400|54,400
TB:8|Training|1|19,000|19,000
TB:|Contract Price|||1,780,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange-rate changes.
H:Clause 4 Payment
P:4.1 The Buyer shall pay the Contract Price as follows, each payment within 20 working days after receipt of a valid VAT invoice:
P:(a) an advance payment of 10% (CNY 178,000) after signature of this Contract, against an advance-payment guarantee from a bank in mainland China for the same amount;
P:(b) 55% (CNY 979,000) after the Installation Certificate is signed; the Installation Certificate confirms delivery and mooring only and is not an acceptance of the system; and
P:(c) 35% (CNY 623,000) after Final Acceptance.
H:Clause 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's base in Potou within 70 days after signature and complete mooring and installation within 30 days after delivery, in weather windows agreed with the Buyer's site manager.
P:5.2 The Buyer shall provide work boats and crew for mooring. The Supplier's staff shall follow the Buyer's boat safety rules and wear life jackets at all times on the water.
H:Clause 6 Delay
P:6.1 If the Supplier fails to complete delivery or installation by the dates in Clause 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:6.2 If the delay exceeds 45 days, the Buyer may terminate this Contract under Clause 14.
H:Clause 7 Acceptance
P:7.1 After installation, the system shall run for a trial period of 30 days that includes at least one spring tide.
P:7.2 The acceptance criteria are: (a) salinity readings agree with laboratory analysis of water samples taken at six buoys on three sampling days within plus or minus 0.1 PSU; (b) turbidity readings agree with laboratory analysis within plus or minus 2 NTU; (c) each buoy transmits at least 95 of every 100 scheduled readings during the trial period; (d) every configured alarm reaches the Buyer's mobile application within two minutes in a test; and (e) no Severity 1 incident remains unresolved at the end of the trial period.
P:7.3 If all criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. If any criterion is not met, the Supplier shall correct the defect and repeat the relevant test at its own cost. Installation, data transmission or use of the system by the Buyer before Final Acceptance does not constitute acceptance.
H:Clause 8 Warranty
P:8.1 The Supplier warrants that the Deliverables are new, free from defects in design, materials and workmanship, and conform to the specifications in Annex 2, for a warranty period of 24 months from Final Acceptance.
P:8.2 During the warranty period the Supplier shall repair or replace defective Deliverables free of charge, including parts, labour, boat time and recalibration, and shall perform two scheduled recalibrations of all sensors each year.
P:8.3 Wiper blades and anti-fouling sleeves are consumables and are not covered by the warranty, unless they fail within three months of installation.
H:Clause 9 Service Levels
P:9.1 Severity 1 means loss of data from three or more buoys or failure of the shore gateway. Severity 2 means loss of data or a faulty reading at one or two buoys.
P:9.2 For a Severity 1 incident the Supplier shall respond remotely within 1 hour and restore data collection within 48 hours, or within 48 hours after sea conditions first allow work boats to go out. For a Severity 2 incident the Supplier shall respond within 8 hours and repair within five working days.
P:9.3 If the Supplier misses a response or restoration time for a Severity 1 incident, it shall pay the Buyer CNY 800 for each hour of delay, which the Buyer may deduct from any amount payable.
H:Clause 10 Maintenance after the Warranty
P:10.1 After the warranty period, the Supplier shall provide annual maintenance on request of the Buyer, covering the services in Clauses 8.2 and 9, for an annual fee of 8.5% of the Hardware and Licence Subtotal, that is CNY 129,251 per year.
P:10.2 The annual fee is fixed for the first three years after the warranty period. Maintenance is ordered by the Buyer in writing for each year and does not renew automatically.
H:Clause 11 Intellectual Property
P:11.1 The Supplier retains the intellectual property in the standard monitoring software and grants the Buyer a perpetual licence to use it with the Equipment.
P:11.2 The alarm rules, dashboards, interface programs to the Buyer's application and other configurations prepared for the Buyer belong to the Buyer. The Buyer may use, modify and license them without restriction, and the Supplier shall deliver their source files at Final Acceptance.
H:Clause 12 Buyer Data and Security
P:12.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract. The Supplier shall not keep, copy or disclose Buyer Data, or use it for any other purpose.
P:12.2 Buyer Data is stored on the Buyer's server in Zhanjiang. Remote access by the Supplier requires the Buyer's approval for each session, uses an account issued by the Buyer with two-factor authentication and is logged. The telemetry links shall be encrypted.
P:12.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any security incident affecting Buyer Data or the system, shall take immediate remedial action and shall compensate the Buyer for all losses caused by an incident for which the Supplier is responsible.
H:Clause 13 Confidentiality
P:13.1 The Supplier shall keep confidential the locations of the Buyer's farms, its production figures and all other non-public information received under this Contract, and shall not disclose it without the Buyer's prior written consent. This obligation continues after the end of this Contract.
H:Clause 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the case of Clause 6.2.
P:14.2 On termination before Final Acceptance, the Supplier shall refund the payments received, against return of the Equipment, and shall pay the liquidated damages due.
H:Clause 15 Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work, including the mooring work, without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Clause 16 Force Majeure
P:16.1 A party prevented from performing by typhoon, storm surge or another event beyond its control shall notify the other party promptly; time for performance is extended for the duration of the event.
H:Clause 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang in accordance with its rules.
H:Clause 18 General
P:18.1 This Contract is made in English and Chinese; both texts have equal force. Annex 1 (Buoy Sites) and Annex 2 (Technical Specifications) form part of this Contract.
P:For the Buyer: ____________________  Date: ____________
P:For the Supplier: ____________________  Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h216e04 — Wuxi auto-parts trading firm, managed IT and desktop support, Italian provider (Isola Capraia) — .md
# ---------------------------------------------------------------------------------------------------------------
H216E04 = """# Managed IT Services Agreement

**Agreement reference:** CSI-WX-2025-009

**Between**

**Wuxi Huitong Auto Parts Trading Co., Ltd.**, a company incorporated in the People's Republic of China, registered address No. 118 Xixing Road, Xinwu District, Wuxi, Jiangsu Province (the **"Client"**)

**and**

**Capraia Servizi Informatici S.r.l.**, a company incorporated in Italy, registered office on the Isola Capraia, Province of Livorno, Italy (the **"Provider"**), acting through its service desk and through the engineers of its wholly owned subsidiary Capraia IT Services (Wuxi) Co., Ltd. (the **"Local Affiliate"**).

**Background.** The Client distributes aftermarket and OEM auto parts from a head office and two warehouses in Wuxi. It has no internal IT department and wishes to outsource the running of its desktops, servers and network. The Provider supports small and medium-sized companies in Europe and Asia. At the Client's request, all amounts in this Agreement are in Chinese Renminbi (CNY).

## Section 1 - Definitions

1.1 **"Services"** means the managed services described in Section 2 and Schedule 1.

1.2 **"Client Environment"** means the Client's 140 users, their desktops and laptops, 9 servers, the network equipment at the three sites, the Microsoft 365 tenant and the other systems listed in Schedule 1.

1.3 **"Client Data"** means all data stored in or passing through the Client Environment, including customer and supplier records, price lists, orders, e-mails and employee information.

1.4 **"Transition"** means the one-time take-over of the Client Environment described in Section 4.

1.5 **"Service Month"** means each calendar month after Transition Acceptance.

## Section 2 - Services

2.1 The Provider shall provide the following Services from Transition Acceptance:

(a) a service desk reachable by telephone, e-mail and web portal in Chinese and English from 08:00 to 18:00 China Standard Time on working days;

(b) desktop and laptop support, including installation, configuration, patching, antivirus management, onboarding and offboarding of users and management of printers and mobile devices;

(c) server and network management, including monitoring, patching, firewall administration, Wi-Fi and VPN;

(d) daily backup of the servers and the Microsoft 365 tenant, with a restore test every quarter;

(e) an on-site engineer from the Local Affiliate at the Client's head office two days a week, and additional visits to the warehouses when needed;

(f) a monthly service report listing tickets, changes, patch status, backup results and recommendations; and

(g) a quarterly review meeting with the Client's management to discuss the reports, risks and planned changes.

2.2 The Provider shall respond to requests and incidents as promptly as reasonably practicable and shall use commercially reasonable efforts to resolve them. The Provider does not commit to specific response, resolution or availability times, and the Client accepts that no service levels apply to the Services.

2.3 Work outside the scope of Schedule 1, such as relocations and new projects, is quoted separately and carried out only on a written order from the Client.

## Section 3 - Term

3.1 This Agreement starts on the date of signature and, after Transition, continues for 24 Service Months.

3.2 This Agreement does not renew automatically. The parties may agree an extension in writing at least 60 days before the end of the term.

## Section 4 - Transition and Transition Acceptance

4.1 Within 30 days after signature, the Provider shall take over the Client Environment: it shall document the environment, install its monitoring tools, take over administrator credentials, set up the backup service and train the Client's key users on the service desk.

4.2 Transition Acceptance requires that: (a) the asset register prepared by the Provider is reconciled with a physical count at all three sites; (b) a test restore of one server and five mailboxes chosen by the Client succeeds; (c) all administrator credentials have been changed and are held in the password vault agreed with the Client; and (d) the hand-over documentation has been delivered and approved by the Client.

4.3 Until Transition Acceptance, the Client's current IT contractor remains responsible for the Client Environment, and the Provider shall coordinate the take-over with it.

4.4 When these conditions are met, the Client signs a Transition Acceptance certificate. Starting to use the service desk is not acceptance.

4.5 If Transition Acceptance is delayed beyond 30 days after signature for reasons attributable to the Provider, the Provider shall pay the Client CNY 1,200 for each day of delay, up to CNY 36,000.

## Section 5 - Charges and Payment

5.1 The charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| User support | 140 users x CNY 380 per month x 24 months | 1,276,800 |
| Server and network management | CNY 9,800 per month x 24 months | 235,200 |
| On-site engineer (two days a week) | CNY 11,000 per month x 24 months | 264,000 |
| Transition (one-time) | fixed | 42,000 |
| Total Contract Value | | 1,818,000 |

5.2 The monthly charge is CNY 74,000. Monthly charges are invoiced at the end of each Service Month and are payable within 30 days after the invoice date. The Transition charge is invoiced after Transition Acceptance. No amount is payable in advance.

5.3 If the number of users changes by more than ten, the user support charge is adjusted from the next Service Month at CNY 380 per user per month.

5.4 The charges are fixed for the term and include VAT. The Local Affiliate issues VAT invoices on the Provider's behalf.

## Section 6 - Personnel and Client Responsibilities

6.1 The Provider shall assign a named service manager for the Client and shall staff the on-site role with engineers who speak Chinese and have passed the Provider's background checks. The Client may ask, on reasonable grounds, for an engineer to be replaced, and the Provider shall replace the engineer within ten working days.

6.2 The Client shall give the Provider's engineers access to its sites and systems, appoint an IT coordinator, keep its software licences valid and inform the Provider of planned changes in its business that affect the Services.

6.3 The Client shall not change server or network configurations without informing the Provider.

## Section 7 - Client Data and Security

7.1 Client Data belongs to the Client. The Provider shall process Client Data only to provide the Services and on the Client's instructions.

7.2 The Provider may collect technical information about the Client Environment, such as device inventories, software versions, ticket categories and usage statistics, and may use this information in anonymised form after the end of this Agreement as well, to improve its services and to prepare benchmarks for its other clients.

7.3 The Provider holds an ISO/IEC 27001 certificate and shall apply its certified security controls to the Services. Administrator access requires multi-factor authentication, is limited to named engineers and is logged. The Provider shall not copy Client Data outside the Client Environment except for the agreed backups, which are stored in mainland China.

7.4 The Provider shall notify the Client within 24 hours after becoming aware of a security incident affecting Client Data, shall help the Client to contain and investigate it and shall compensate the Client for all losses caused by an incident resulting from the Provider's breach of this Section 7.

## Section 8 - Intellectual Property

8.1 The Provider keeps the rights in its own monitoring and management tools, which it removes at the end of this Agreement.

8.2 Scripts, documentation, configurations and reports prepared for the Client under this Agreement belong to the Client, which may use, modify and license them freely, including to a successor provider.

## Section 9 - Confidentiality

Each party shall keep confidential all non-public information of the other party, in particular the Client's customer, supplier and price information, and shall use it only for this Agreement. The obligation continues for three years after the end of this Agreement.

## Section 10 - Subcontracting

The Client approves the Local Affiliate by signing this Agreement. The Provider shall not use any other subcontractor without the Client's prior written consent and is responsible for the acts of the Local Affiliate and of any approved subcontractor as for its own.

## Section 11 - Liability

11.1 The total liability of each party under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to breach of Section 7 or Section 9, to personal injury or to wilful misconduct. Neither party is liable for indirect loss.

## Section 12 - Termination

12.1 The Client may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after written notice.

12.2 The Provider may terminate this Agreement if the Client fails to pay undisputed charges within 60 days after written reminder.

12.3 At the end of this Agreement the Provider shall hand over all credentials, documentation and Client Data to the Client or to a new provider, and shall support the hand-over for up to 30 days at the rates in Schedule 1.

## Section 13 - Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided that it informs the other party promptly and resumes performance as soon as possible.

## Section 14 - Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi. The award is final and binding on both parties.

## Section 15 - General

15.1 This Agreement, with Schedule 1 (Service Description and Rates), is the entire agreement between the parties on its subject matter. Changes must be in writing.

15.2 Neither party may assign this Agreement without the other party's written consent.

| | For the Client | For the Provider |
|---|---|---|
| Signature | | |
| Name and title | | |
| Date | | |
"""

# ---------------------------------------------------------------------------------------------------------------
# h216e05 — Jilin ginseng exporter, pesticide-residue compliance API subscription, German vendor (Insel Ummanz) — .txt
# ---------------------------------------------------------------------------------------------------------------
H216E05 = """API SUBSCRIPTION AGREEMENT
Residue Compliance Statement Service

Agreement No.: UMZ-API-CN-2025-031

1. PARTIES

1.1 Ummanz Rueckstandsanalytik GmbH, a limited liability company under German law with its registered seat on the Insel Ummanz, Mecklenburg-Western Pomerania, Germany ("Vendor").

1.2 Jilin Changbai Ginseng Export Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at No. 66 Renmin Street, Fusong County, Baishan, Jilin Province ("Customer").

2. BACKGROUND

2.1 Customer exports fresh, dried and red ginseng to the European Union, Japan and the Republic of Korea. Each export lot is tested for pesticide residues by laboratories accredited in China, and importers ask for evidence that the results comply with the maximum residue limits of the destination market.

2.2 Vendor operates an application programming interface (the "API") that reads laboratory reports, compares the measured residues with the current maximum residue limits of the European Union, the Japanese positive list system and the Korean positive list system, and issues a digitally signed Residue Compliance Statement (a "Statement") for each lot.

2.3 Customer wishes to connect its export ERP system to the API. At Customer's request all amounts in this Agreement are stated and payable in Chinese Renminbi (CNY).

3. DEFINITIONS

3.1 "Customer Data" means lot data, laboratory reports, grower and field information, Statements and all other data that Customer submits to the API or that the API generates for Customer.

3.2 "Subscription Year" means each successive year of the Subscription Term, the first starting on the Go-Live Date and each later one on an anniversary of it.

3.3 "Go-Live Date" means the date on which Customer signs the Onboarding Acceptance Certificate under Clause 6.

3.4 "Subscription Term" means 36 months from the Go-Live Date.

4. SERVICES

4.1 Vendor shall provide during the Subscription Term: (a) production access to the API for Customer's ERP system and a web portal for Customer's quality staff; (b) parsing of laboratory reports in PDF and XML format from the two laboratories listed in Schedule 1, and from further laboratories added by agreement; (c) maintenance of the limit databases for the three destination markets, updated within ten working days after an official change is published; and (d) issue of Statements in English, Japanese and Korean, with a verification link that importers can open.

4.2 Vendor shall provide one-time onboarding services: connection of Customer's ERP system to the API, two laboratory connectors, configuration of Customer's Statement templates and training of Customer's quality staff.

4.3 Vendor shall give Customer at least 90 days' notice before retiring a version of the API and shall keep the previous version running during that period. Support is available through the portal, by e-mail and by telephone in English and Chinese.

4.4 The subscription includes up to 2,400 Statements in each Subscription Year. Further Statements are charged at CNY 26 each and invoiced quarterly in arrears.

5. FEES AND PAYMENT

5.1 The fees are:

  Platform subscription         CNY 168,000 per Subscription Year x 3   CNY 504,000
  Statement bundle (2,400/year) CNY 54,000 per Subscription Year x 3    CNY 162,000
  Onboarding (one-time)         fixed                                    CNY 64,000
  Total                                                                  CNY 730,000

5.2 On signature of this Agreement Vendor shall invoice the fees for the first Subscription Year together with the onboarding fee, a total of CNY 286,000. Customer shall pay this invoice within 15 days. Vendor will issue the credentials for the production API after receiving the payment.

5.3 The fees for the second and third Subscription Years are invoiced 30 days before the start of each of those years and are payable before the year starts.

5.4 The fees are fixed for the Subscription Term and include VAT. Vendor's sales agent in Changchun issues the VAT invoices.

6. ONBOARDING AND ACCEPTANCE

6.1 Vendor shall complete onboarding within 40 days after receiving the payment under Clause 5.2.

6.2 Onboarding acceptance requires that: (a) Statements issued through the API for 20 sample lots chosen by Customer agree with a manual check of the same laboratory reports by Customer's quality manager; (b) lot data and Statements pass from Customer's ERP system to the API and back without manual steps; (c) the digital signature and the verification link of each test Statement can be validated by a third party; and (d) Customer's quality staff have been trained.

6.3 When these conditions are met, Customer signs an Onboarding Acceptance Certificate. The use of test Statements before that date is not acceptance.

6.4 If onboarding is not completed by the date in Clause 6.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 450 for each day of delay, up to CNY 20,000.

6.5 Customer shall give Vendor test access to its ERP system and provide sample laboratory reports within 10 days after signature.

7. SERVICE LEVELS

7.1 Vendor shall make the API and the portal available at least 99.95% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out on weekends.

7.2 Priority 1 incidents (the API cannot issue Statements, or issues Statements with wrong results) are handled 24 hours a day: Vendor shall respond within 1 hour and provide a fix or workaround within 8 hours. Priority 2 incidents are answered within one working day.

7.3 If Vendor misses the availability level or the Priority 1 times in a month, Customer receives a service credit of 5% of the monthly equivalent of the platform subscription fee for each missed level, up to 20% in any month. Credits are deducted from the next invoice.

8. CUSTOMER OBLIGATIONS

8.1 Customer shall submit complete laboratory reports issued by accredited laboratories, keep its API keys and portal passwords under its control, and check each Statement before sending it to an importer.

8.2 Customer shall inform Vendor of any new destination market or product type at least 30 days before it needs Statements for it.

9. CUSTOMER DATA

9.1 Customer Data remains the property of Customer. Vendor shall use Customer Data only to provide the Services to Customer and shall not sell it or use it for any other purpose.

9.2 At the end of the Agreement, Vendor shall make all Customer Data and Statements available to Customer for download for 60 days.

10. INTELLECTUAL PROPERTY

10.1 Vendor owns the API, the limit databases and all software used to provide the Services.

10.2 The two laboratory connectors and Customer's Statement templates are made for Customer and belong to Customer. Customer may use, modify and license them freely, and Vendor shall deliver them in editable form on request.

11. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business information, including prices, customer lists and export volumes, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent, except to its professional advisers or where required by law. This obligation continues for three years after the end of the Agreement.

12. SUBCONTRACTING

12.1 Vendor hosts the Services with Alibaba Cloud in its Beijing region; Customer approves this hosting arrangement by signing this Agreement.

12.2 Vendor shall not subcontract any other part of the Services without Customer's prior written consent and remains responsible for its subcontractors.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal must be agreed in writing.

13.2 Vendor may suspend the Services, and may terminate this Agreement by written notice, if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

13.3 Customer may not terminate this Agreement before the end of the Subscription Term. If Vendor fails to perform, Customer's remedies are the service credits under Clause 7.3, the delay payments under Clause 6.4 and the correction of the Services by Vendor; Customer may not rescind the Agreement or withhold fees on account of such failure.

14. WARRANTIES

14.1 Vendor warrants that the Statements correctly apply the limit databases to the laboratory results received and that the limit databases are maintained as set out in Clause 4.1.

14.2 Vendor does not warrant the correctness of the laboratory results themselves, which remain the responsibility of Customer and the laboratories.

14.3 If a Statement is wrong because of an error of Vendor, Vendor shall issue a corrected Statement without charge within one working day and shall support Customer in informing the importer.

14.4 Vendor warrants that the Services will be performed with reasonable skill and care by suitably qualified staff.

15. LIABILITY

15.1 Each party's total liability under this Agreement is limited to two times the total fees paid and payable under this Agreement.

15.2 The limit does not apply to wilful misconduct or to personal injury. Neither party is liable for loss of profit or other indirect loss.

16. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, government actions and general failures of public networks, if it informs the other party without delay.

17. GOVERNING LAW AND DISPUTES

17.1 This Agreement is governed by the laws of the People's Republic of China.

17.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final.

18. GENERAL

18.1 This Agreement is made in English. Schedule 1 (Laboratories and Report Formats) and Schedule 2 (API Specification) form part of it.

18.2 Amendments must be in writing and signed by both parties.

18.3 Notices shall be sent by e-mail to the contacts named in Schedule 1 and confirmed by courier.

Signed for Vendor: ________________________   Date: ____________

Signed for Customer: ______________________   Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats and the plan: every label decided BEFORE the text was written, and the findings it must produce
# ---------------------------------------------------------------------------------------------------------------
TEXT_FILES = {  # .md / .txt written as they are
    "h216z03": ("h216z03_bakery_chain_ordering_membership_saas.md", H216Z03),
    "h216z04": ("h216z04_county_water_bureau_flood_warning_om.txt", H216Z04),
    "h216z05": ("h216z05_pickle_maker_wms_supplier_template.md", H216Z05),
    "h216e02": ("h216e02_river_raft_booking_saas_order_form.txt", H216E02),
    "h216e04": ("h216e04_auto_parts_trader_managed_it_support.md", H216E04),
    "h216e05": ("h216e05_ginseng_residue_certificate_api_subscription.txt", H216E05),
}
SOURCES = {"h216z01": H216Z01, "h216z02": H216Z02, "h216e01": H216E01, "h216e03": H216E03}
TARGETS = {"h216z01": ("h216z01_city_market_regulation_food_sampling_platform.docx", "docx"),
           "h216z02": ("h216z02_float_glass_furnace_tin_bath_monitoring.pdf", "pdf"),
           "h216e01": ("h216e01_umbrella_maker_pattern_design_licences.pdf", "pdf"),
           "h216e03": ("h216e03_oyster_farm_salinity_turbidity_sensors.docx", "docx")}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law,
          kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


def extra(sla, ld_stated, deemed, value, capped=None):
    out = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:  # only on goods_or_licence labels
        out["post_warranty_fee_capped"] = capped
    out["acceptance_deemed_on_delivery"] = deemed
    out["contract_value"] = value
    return out


G, S = "goods_or_licence", "service"
PLAN = {
    "h216z01": dict(
        language="zh", category="software",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 7, False, True,
                    False, "PRC", G),
        extra=extra(True, True, False, 2536000, capped=True),
        lines=[(1, 1180000, 1180000), (1, 646000, 646000), (60, 6800, 408000), (60, 1450, 87000),
               (1, 94000, 94000), (1, 121000, 121000)],
        payments=[(20, 507200), (45, 1141200), (35, 887600)],
        fee_base=1675000, fee_base_lines=[0, 2, 3], fee_amount=117250, forum_outside=False,
        evidence=["2,536,000", "1,675,000", "99.95%", "一级故障", "30分钟内响应", "每超时1小时扣减服务费¥800",
                  "万分之八", "20%，即¥507,200，作为预付款", "35%，即¥887,600", "不视为最终验收合格", "质保期为三年",
                  "7%每年（即¥117,250/年）", "三年内不作调整", "归甲方所有", "保密义务", "本项目不允许分包",
                  "甲方有权书面通知解除本合同", "适用中华人民共和国法律", "不自动续期"],
        rules=[], risk="low"),
    "h216z02": dict(
        language="zh", category="hardware",
        terms=terms(None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 18, 23, False, True,
                    False, "PRC", G),
        extra=extra(True, True, False, 2130000, capped=True),
        lines=[(48, 9500, 456000), (12, 28000, 336000), (1, 386000, 386000), (2, 143000, 286000),
               (1, 214000, 214000), (1, 268000, 268000), (1, 158000, 158000), (1, 26000, 26000)],
        payments=[(20, 426000), (45, 958500), (25, 532500), (10, 213000)],
        fee_base=1946000, fee_base_lines=[0, 1, 2, 3, 4, 5], fee_amount=447580, forum_outside=False,
        evidence=["2,130,000", "1,946,000", "1小时内响应", "每迟延1小时向甲方支付¥1,000", "千分之一",
                  "20%，即¥426,000，作为预付款", "25%，即¥532,500", "10%（¥213,000）", "不视为验收合格",
                  "质保期为十八个月", "23%计取，即每年¥447,580", "四年内固定不变", "归甲方所有",
                  "须事先取得甲方书面同意", "甲方有权解除合同", "适用中华人民共和国法律", "不自动续期"],
        absent=["保密", "秘密"],
        rules=["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "h216z03": dict(
        language="zh", category="cloud",
        terms=terms(99.5, 0.25, True, "buyer", True, False, True, 800 / 1118000 * 100, 200, None, True, None, None,
                    None, True, True, False, "PRC", S),
        extra=extra(True, True, False, 1118000),
        lines=[(80 * 2, 4200, 672000), (2, 96000, 192000), (2, 58000, 116000), (1, 138000, 138000)],
        payments=[(None, 122500 * 8), (None, 138000)],
        forum_outside=False,
        evidence=["1,118,000", "99.5%", "15分钟内响应", "按当月订阅费的5%减免", "违约金800元", "本合同不设预付款",
                  "自动续订", "有权上调订阅费", "8%", "去除会员身份标识后", "训练销量预测模型", "等级保护第三级",
                  "24小时内通知甲方", "归甲方所有", "保密义务", "须事先取得甲方书面同意", "两倍为限",
                  "守约方有权解除本合同", "适用中华人民共和国法律", "不视为验收合格"],
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium"),
    "h216z04": dict(
        language="zh", category="services",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                    True, True, None, S),
        extra=extra(True, True, False, 645200),
        lines=[(1, 168000, 168000), (110, 1900, 209000), (132, 650, 85800), (11, 2400, 26400), (1, 64000, 64000),
               (1, 92000, 92000)],
        payments=[(None, 161300 * 4)],
        forum_outside=False,
        evidence=["645,200", "161,300", "本合同不设预付款", "99.95%", "30分钟内远程响应", "每超时1小时扣500元",
                  "万分之二", "应在实施前书面告知甲方", "归甲方所有", "1小时内报告甲方", "保密义务",
                  "年度验收", "甲方有权书面通知解除本合同", "本合同不自动续期", "甲方所在地人民法院"],
        rules=["CR-LD-LOW", "CR-SUBCONTRACT"], risk="medium"),
    "h216z05": dict(
        language="zh", category="software",
        terms=terms(None, 8, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True,
                    True, None, G),
        extra=extra(True, False, True, 978000, capped=False),
        lines=[(1, 420000, 420000), (40, 1500, 60000), (1, 368000, 368000), (1, 112000, 112000), (1, 18000, 18000)],
        payments=[(65, 635700), (35, 342300)],
        fee_base=480000, fee_base_lines=[0, 1], fee_amount=None, forum_outside=False,
        evidence=["978,000", "480,000", "65%，即635,700元", "35%，即342,300元", "即视为甲方验收合格",
                  "不因上线时间推迟承担违约责任", "免费维护期为六个月", "乙方当年公布的服务价目表",
                  "8个工作小时内响应", "不因响应或修复延迟承担任何扣款、赔偿或违约金", "知识产权均归乙方所有",
                  "无需另行取得甲方同意", "总价的20%", "业务数据归甲方所有", "24小时内通知甲方", "保密义务",
                  "对方有权书面通知解除本合同", "乙方所在地（重庆市渝北区）人民法院"],
        rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
        risk="high"),
    "h216e01": dict(
        language="en", category="software",
        terms=terms(None, 2, True, "buyer", True, True, True, 900 / 1020000 * 100, 150, 20, True, True, 18, 11.5,
                    False, True, False, "Spain", G),
        extra=extra(True, True, False, 1020000, capped=True),
        lines=[(14, 38500, 539000), (6, 24000, 144000), (4, 17500, 70000), (1, 46000, 46000), (1, 128000, 128000),
               (1, 58000, 58000), (1, 35000, 35000)],
        payments=[(20, 204000), (45, 459000), (35, 357000)],
        fee_base=753000, fee_base_lines=[0, 1, 2], fee_amount=86595, forum_outside=True,
        evidence=["CNY 1,020,000", "753,000", "20% (CNY 204,000)", "35% (CNY 357,000) after Final Acceptance",
                  "CNY 900 for each day of delay", "18 months from Final Acceptance",
                  "Severity 1 incident within 2 hours", "CNY 600 for each hour of delay",
                  "11.5% of the Licence Subtotal", "CNY 86,595 per year", "will not change during the first three",
                  "does not renew automatically", "vest in Customer", "Customer Data belongs to Customer",
                  "within 24 hours", "keep confidential", "150% of the Contract Price", "prior written consent",
                  "material breach", "governed by the laws of Spain", "courts of Pontevedra, Spain",
                  "does not by itself constitute acceptance", "Isla de Arousa"],
        rules=["CR-GOVERNING-LAW"], risk="low"),
    "h216e02": dict(
        language="en", category="cloud",
        terms=terms(99.95, 0.5, False, "buyer", True, True, True, 500 / 640400 * 100, 6 / 24 * 100, None, True,
                    None, None, None, False, True, False, "PRC", S),
        extra=extra(True, True, False, 640400),
        lines=[(24, 14800, 355200), (24, 5200, 124800), (24, 3600, 86400), (1, 48000, 48000), (1, 26000, 26000)],
        payments=[(None, 23600 * 24), (None, 48000 + 26000)],
        forum_outside=True,
        evidence=["640,400", "CNY 23,600", "No fees are payable before the Go-Live Date", "99.95%",
                  "response within 30 minutes", "does not entitle Customer to service credits",
                  "CNY 500 for each day of delay", "six months preceding", "24 months", "at the same fees",
                  "Customer Data belongs to Customer", "within 24 hours", "MLPS level 3",
                  "Customer Configurations belong to Customer", "keep confidential", "prior written consent",
                  "material breach", "laws of the People's Republic of China", "courts of Ibiza (Eivissa)",
                  "is not acceptance", "Isla Tagomago"],
        rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], risk="medium"),
    "h216e03": dict(
        language="en", category="hardware",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8.5, False, True, False,
                    "PRC", G),
        extra=extra(True, True, False, 1780000, capped=True),
        lines=[(18, 46500, 837000), (18, 12800, 230400), (6, 21600, 129600), (18, 9200, 165600), (1, 158000, 158000),
               (1, 186000, 186000), (1, 54400, 54400), (1, 19000, 19000)],
        payments=[(10, 178000), (55, 979000), (35, 623000)],
        fee_base=1520600, fee_base_lines=[0, 1, 2, 3, 4], fee_amount=129251, forum_outside=False,
        evidence=["CNY 1,780,000", "1,520,600", "advance payment of 10% (CNY 178,000)", "35% (CNY 623,000)",
                  "0.1% of the Contract Price for each day of delay", "24 months from Final Acceptance",
                  "respond remotely within 1 hour", "CNY 800 for each hour of delay",
                  "8.5% of the Hardware and Licence Subtotal", "CNY 129,251 per year",
                  "fixed for the first three years", "does not renew automatically", "belong to the Buyer",
                  "Buyer Data belongs to the Buyer", "within 12 hours", "keep confidential", "prior written consent",
                  "material breach", "laws of the People's Republic of China", "Zhanjiang Arbitration Commission",
                  "does not constitute acceptance", "Isla de Cabrera"],
        rules=[], risk="low"),
    "h216e04": dict(
        language="en", category="services",
        terms=terms(None, None, False, "buyer", True, False, True, 1200 / 1818000 * 100, 150, None, True, None,
                    None, None, False, True, False, "PRC", S),
        extra=extra(False, True, False, 1818000),
        lines=[(140 * 24, 380, 1276800), (24, 9800, 235200), (24, 11000, 264000), (1, 42000, 42000)],
        payments=[(None, 74000 * 24), (None, 42000)],
        forum_outside=False,
        evidence=["1,818,000", "CNY 74,000", "No amount is payable in advance",
                  "does not commit to specific response, resolution or availability times",
                  "no service levels apply", "CNY 1,200 for each day of delay", "in anonymised form",
                  "benchmarks for its other clients", "Client Data belongs to the Client", "ISO/IEC 27001",
                  "within 24 hours", "belong to the Client", "keep confidential", "150% of the Total Contract Value",
                  "prior written consent", "material breach", "does not renew automatically",
                  "laws of the People's Republic of China", "Wuxi Arbitration Commission", "is not acceptance",
                  "Isola Capraia"],
        rules=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
    "h216e05": dict(
        language="en", category="cloud",
        terms=terms(99.95, 1, True, "buyer", False, True, True, 450 / 730000 * 100, 200, 286000 / 730000 * 100,
                    True, None, None, None, False, False, False, "PRC", S),
        extra=extra(True, True, False, 730000),
        lines=[(3, 168000, 504000), (3, 54000, 162000), (1, 64000, 64000)],
        payments=[(None, 286000), (None, 222000), (None, 222000)],
        forum_outside=False,
        evidence=["CNY 730,000", "CNY 286,000", "after receiving the payment", "99.95%", "respond within 1 hour",
                  "service credit of 5%", "CNY 450 for each day of delay", "two times the total fees",
                  "Customer Data remains the property of Customer", "only to provide the Services",
                  "belong to Customer", "keep confidential", "prior written consent",
                  "Customer may not terminate this Agreement", "may not rescind", "does not renew automatically",
                  "laws of the People's Republic of China", "(CIETAC)", "is not acceptance", "Insel Ummanz"],
        absent=["security", "secure", "encrypt", "breach notification", "unauthorised access"],
        rules=["CR-DATA-SECURITY", "CR-PREPAYMENT", "CR-TERMINATION"], risk="high"),
}
FILES = {k: v[0] for k, v in TEXT_FILES.items()}
FILES.update({k: v[0] for k, v in TARGETS.items()})

# ---------------------------------------------------------------------------------------------------------------
# Policy §3 / §4 re-applied to the labels (my reading, written down in NOTES.md)
# ---------------------------------------------------------------------------------------------------------------
HORIZON_YEARS = 5


def tco(p):
    """(TCO, post-warranty fees, share %) over the 5-year horizon from acceptance, or None when not computable."""
    t = p["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    fee_year = p["fee_base"] * t["post_warranty_fee_pct"] / 100
    years_after = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = fee_year * years_after
    total = p["extra"]["contract_value"] + fees
    return total, fees, fees / total * 100


def apply_rules(p):
    t, x = p["terms"], p["extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(p)
        if c is not None and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or p["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}  # others medium
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def check_plan_values(key, p):
    """No labelled or derived figure sits on a threshold (policy §3 / §4)."""
    t = p["terms"]
    on = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "post_warranty_fee_pct": 15}
    for k, v in on.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    assert t["warranty_months"] not in (12, 60), (key, t["warranty_months"])
    c = tco(p)
    if c is not None:
        assert abs(c[2] - 40) > 1e-6, (key, c)

# ---------------------------------------------------------------------------------------------------------------
# Threshold patterns: no figure may sit on a threshold of policy §3 / §4, in digits, Chinese numerals or words
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
CN_NUM = "零一二三四五六七八九十百点"
THRESHOLD_PATTERNS = {
    "availability 99.9 %": [r"99\.9(?![0-9])", r"九十九点九(?![" + CN_NUM + "])",
                            r"\bninety[\s-]+nine\s+point\s+nine\b"],
    "P1 response 4 h": [r"(?<![\d.])4\s*个?\s*(?:工作|自然)?\s*(?:小时|钟头)",
                        r"(?<![\d.])4\s*(?:-|\s)?\s*(?:(?:business|working|clock)\s+)?(?:h|hrs?|hours?)\b",
                        r"(?<![" + CN_NUM + r"\d])[四肆]\s*个?\s*(?:工作|自然)?\s*(?:小时|钟头)",
                        r"\bfour[\s-]+(?:(?:business|working|clock)\s+)?hours?\b",
                        r"(?<![\d.])240\s*(?:分钟|minutes?\b)"],
    "liability cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![" + CN_NUM + "])",
                            r"\bone\s+hundred\s+(?:per\s*cent|percent)\b"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*(?![\d])" + PCT, r"万分之五(?![" + CN_NUM + "])", r"千分之零点五",
                      r"(?<![\d.])0\.5\s*‰", r"\bfive\s+(?:ten[\s-]+)?thousandths\b",
                      r"(?<![\d.])0\.350*(?![\d])" + PCT, r"万分之三十五"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![" + CN_NUM + "])", r"(?<![十])三成",
                        r"\bthirty\s+(?:per\s*cent|percent)\b"],
    "warranty 12 months": [r"(?<![\d.])12\s*个?\s*(?:月|months?\b)", r"(?<![\d.])12[\s-]+months?\b",
                           r"(?<![" + CN_NUM + r"])十二\s*个?\s*月", r"\btwelve[\s-]+(?:\w+\s+){0,2}months?\b",
                           r"(?<![\d.])1\s*(?:年|years?\b|-year\b)", r"(?<![" + CN_NUM + r"])[一壹]\s*(?:个)?\s*年(?!级)",
                           r"\bone[\s-]+years?\b", r"\ba\s+year\b", r"\bannual\s+warranty\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![" + CN_NUM + "])",
                               r"\bfifteen\s+(?:per\s*cent|percent)\b"],
    "TCO share 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![" + CN_NUM + "])", r"(?<![十])四成",
                       r"\bforty\s+(?:per\s*cent|percent)\b"],
    "horizon 5 years": [r"(?<![\d.])5\s*个?\s*(?:年|years?\b|-year\b)", r"(?<![" + CN_NUM + r"\d])[五伍]\s*个?\s*年",
                        r"\bfive[\s-]+years?\b", r"(?<![\d.])60\s*个?\s*(?:月|months?\b)", r"六十个月",
                        r"\bsixty\s+months?\b"],
}
COMPILED = {name: [re.compile(p, re.I) for p in pats] for name, pats in THRESHOLD_PATTERNS.items()}

SHOULD_MATCH = {
    "availability 99.9 %": ["可用率不低于99.9%", "99.9 %", "九十九点九", "ninety-nine point nine per cent"],
    "P1 response 4 h": ["4小时内响应", "4 个小时", "四小时", "四个工作小时", "within 4 hours", "4-hour", "4h",
                        "four hours", "four business hours", "240分钟", "240 minutes", "4\n小时"],
    "liability cap 100 %": ["100%", "100 per cent", "100.0%", "百分之百", "百分之一百", "one hundred percent"],
    "LD 0.05 %/day": ["0.05%", "0.05 per cent", "万分之五", "千分之零点五", "0.5‰", "five ten-thousandths",
                      "0.35% per week"],
    "prepayment 30 %": ["30%", "30 ％", "百分之三十", "三成", "thirty per cent", "30 percent"],
    "warranty 12 months": ["12个月", "12 months", "12-month", "十二个月", "twelve months",
                           "twelve consecutive calendar months", "一年", "1年", "one year", "one-year", "1 year",
                           "a year"],
    "post-warranty fee 15 %": ["15%", "15.0%", "百分之十五", "fifteen per cent"],
    "TCO share 40 %": ["40%", "百分之四十", "四成", "forty percent"],
    "horizon 5 years": ["5年", "五年", "five years", "5-year", "60个月", "60 months", "六十个月", "sixty months"],
}
SHOULD_NOT_MATCH = ["99.95%", "99.5%", "99.99%", "24小时", "14 hours", "48小时", "二十四小时", "十四小时",
                    "24 hours", "1,400%", "1100%", "200%", "150%", "110%", "0.055%", "10.05%", "0.08%", "万分之五十",
                    "万分之八", "130%", "300%", "3,000%", "230%", "15日", "30 days", "30日", "40点", "40 minutes",
                    "115%", "215%", "1,500", "2025年", "2019年", "2021年", "十一年", "每年", "per year", "annual support",
                    "25 years", "15 years", "0.5 mm", "4月30日", "400元", "3小时内到达现场", "五个工作日",
                    "five working days", "fifty", "120 months", "36个月", "24 months", "二十四个月", "十八个月",
                    "18 months", "百分之三十五", "百分之四十五", "百分之十五点五", "11.5%", "8.5%", "45%", "35%",
                    "65%", "一年级"]


def threshold_hits(text):
    hits = []
    for name, pats in COMPILED.items():
        for pat in pats:
            for m in pat.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    return hits


def self_test_patterns():
    for name, samples in SHOULD_MATCH.items():
        for smp in samples:
            assert any(p.search(smp) for p in COMPILED[name]), ("pattern misses", name, smp)
    for smp in SHOULD_NOT_MATCH:
        assert not threshold_hits(smp), ("pattern over-matches", smp, threshold_hits(smp))
    print("threshold patterns self-tested:", sum(len(v) for v in SHOULD_MATCH.values()), "positive and",
          len(SHOULD_NOT_MATCH), "negative samples")

# ---------------------------------------------------------------------------------------------------------------
# Reading the built files back, text lengths, checks, labels
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [para.text for para in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def squash(s):
    return re.sub(r"\s+", "", s)


def lengths(text, lang):
    if lang == "zh":
        return {"chars": len(text), "chars_no_space": len(squash(text))}
    tokens = text.split()
    return {"words": len([w for w in tokens if re.search(r"[A-Za-z0-9]", w)]), "tokens": len(tokens)}


def check_length(key, text, lang):
    n = lengths(text, lang)
    if lang == "zh":
        assert 2800 <= n["chars_no_space"] and n["chars"] <= 3300, (key, n)
    else:
        assert 1500 <= n["words"] <= 1700, (key, n)  # words = whitespace tokens with a letter or digit
    return n


def check_prices(key, p):
    value = p["extra"]["contract_value"]
    for qty, unit, amount in p["lines"]:
        assert qty * unit == amount, (key, qty, unit, amount)
    assert sum(a for _, _, a in p["lines"]) == value, (key, "lines", sum(a for _, _, a in p["lines"]), value)
    assert sum(a for _, a in p["payments"]) == value, (key, "payments", sum(a for _, a in p["payments"]), value)
    for pct, amount in p["payments"]:
        if pct is not None:
            assert value * pct == amount * 100, (key, pct, amount)
    if p["terms"]["prepayment_pct"] is not None and p["payments"][0][0] is not None:
        assert p["payments"][0][0] == p["terms"]["prepayment_pct"], key
    if "fee_base" in p:
        assert sum(p["lines"][i][2] for i in p["fee_base_lines"]) == p["fee_base"], (key, "fee base")
        if p["fee_amount"] is not None:
            assert p["fee_base"] * p["terms"]["post_warranty_fee_pct"] == p["fee_amount"] * 100, (key, "fee")


def figure_strings(p):
    """Every labelled figure as it must appear in the text (besides the evidence phrases)."""
    out = [format(p["extra"]["contract_value"], ",")]
    for _, _, amount in p["lines"]:
        out.append(format(amount, ","))
    for pct, amount in p["payments"]:
        if pct is not None:
            out += ["%d%%" % pct, format(amount, ",")]
    t = p["terms"]
    if t["availability_pct"] is not None:
        out.append("%s%%" % t["availability_pct"])
    if t["post_warranty_fee_pct"] is not None:
        out.append("%s%%" % t["post_warranty_fee_pct"])
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] == int(t["liability_cap_pct"]) and \
            t["liability_cap_pct"] not in (200, 25):  # 200 is written 两倍 / "two times", 25 = six of 24 months
        out.append("%d%%" % t["liability_cap_pct"])
    return out


def label(key, p):
    return {"file": FILES[key], "language": p["language"], "category": p["category"],
            "expected_terms": dict(p["terms"]), "expected_extra": dict(p["extra"]), "expected_rules": p["rules"]}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test_patterns()
    # 1. the plan: prices, thresholds, rules
    fired = set()
    for key, p in PLAN.items():
        check_prices(key, p)
        check_plan_values(key, p)
        got = apply_rules(p)
        assert got == sorted(p["rules"]), (key, "rules", got, p["rules"])
        assert risk(got) == p["risk"], (key, "risk", risk(got), p["risk"])
        fired.update(got)
    counts = sorted(len(p["rules"]) for p in PLAN.values())
    assert counts.count(0) == 2 and counts[-1] >= 9 and sum(1 for c in counts if 2 <= c <= 3) == 6, counts
    single = [k for k, p in PLAN.items() if len(p["rules"]) == 1]
    assert len(single) == 1 and SEVERITY.get(PLAN[single[0]]["rules"][0]) == "low", single
    print("rules never fired in this set:", [r for r in ALL_RULES if r not in fired] or "none")
    # 2. write the files
    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    # 3. read back: lengths, figures, thresholds
    for key, p in PLAN.items():
        text = read_back(OUT / FILES[key])
        n = check_length(key, text, p["language"])
        flat = squash(re.sub(r"\n第 \d+ 页\n", "\n", text))  # page footers of the PDFs left out
        for needle in p["evidence"] + figure_strings(p):
            assert squash(needle) in flat, (key, "missing in text", needle)
        for word in p.get("absent", []):
            assert word.lower() not in text.lower(), (key, "must not appear", word)
        hits = threshold_hits(text) + [h for h in threshold_hits(flat) if p["language"] == "zh"]
        assert not hits, (key, "threshold value in text", hits)
        c = tco(p)
        print("%s  %-62s %s  rules=%d risk=%s%s" % (key, FILES[key], n, len(p["rules"]), p["risk"],
                                                    "  TCO=%.2f fees=%.2f share=%.2f%%" % c if c else ""))
    # 4. labels
    for key, p in PLAN.items():
        path = OUT / (FILES[key].rsplit(".", 1)[0] + ".json")
        path.write_text(json.dumps(label(key, p), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
