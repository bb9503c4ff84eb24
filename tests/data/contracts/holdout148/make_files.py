"""Builds the ten held-out contracts of holdout148 (blind set of ordinary drafts) from the sources below.

.txt and .md files are written as they stand; the two .docx (real Word price tables) and the two .pdf are built
with ../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True).
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------- h148z01 (.docx)
H148Z01 = """\
T:江淮省统计联网直报平台升级改造项目系统集成合同
P:合同编号：JHTJ-ZB-2026-017    采购方式：公开招标（招标编号 JHCG-2026-0342）
P:采购人（甲方）：江淮省统计局
P:供应商（乙方）：江淮数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的技术方案均为本合同的组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责江淮省统计联网直报平台升级改造项目的设备供货、平台软件许可、定制开发、系统集成、等保测评配合及培训，使全省约 9.6 万家“四上”企业能够通过平台在线报送统计数据，各级统计机构能够在线审核、汇总和查询。
P:1.2 定制开发内容包括：企业一套表在线填报模块；数据质量审核规则引擎（不少于 1,200 条规则，甲方可自行维护）；与国家统计局联网直报系统、省政务数据共享平台和统一身份认证平台的接口；省、市、县三级审核进度看板。
P:1.3 设备及软件清单、技术参数以附件一为准。乙方保证所供设备为全新原厂正品，软件为合法授权版本。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零叁万元整（¥4,030,000），为固定总价，包含设备、软件许可、定制开发、运输、安装、系统集成、测评配合、培训、税费以及质保期内的全部服务费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用服务器|8 台|96,500|772,000
TB:2|数据库服务器|2 台|238,000|476,000
TB:3|分布式存储系统|1 套|568,000|568,000
TB:4|安全设备（下一代防火墙、WAF、数据库审计）|1 套|412,000|412,000
TB:5|统计联网直报平台软件许可（永久）|1 套|860,000|860,000
TB:|设备及软件小计|||3,088,000
TB:6|定制开发|1 项|646,000|646,000
TB:7|系统集成与部署|1 项|238,000|238,000
TB:8|等保测评配合及培训|1 项|58,000|58,000
TB:|合同总价|||4,030,000
H:第三条 付款方式
P:3.1 合同签订后 10 个工作日内，乙方向甲方提交等额的预付款保函，甲方支付合同总价的 20% 作为预付款，即 806,000 元。
P:3.2 设备全部到货、完成安装并完成平台部署后，甲方支付合同总价的 35%，即 1,410,500 元。到货签收及安装完成不视为验收。
P:3.3 项目终验合格后 15 个工作日内，甲方支付合同总价的 45%，即 1,813,500 元。
P:3.4 乙方每次收款前应开具合法、足额的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后 45 日内完成全部设备的到货安装，120 日内完成定制开发并上线试运行。
P:4.2 乙方应按甲方确认的实施计划组织人员进场。项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验：平台上线后，甲方组织初验，内容包括设备型号、数量及参数核对，全部功能模块测试，接口联调，以及数据质量审核规则的逐条测试。
P:5.2 试运行：初验合格后进入试运行，试运行期为三个月，且须覆盖一次月度报表和一次季度报表的完整报送周期。
P:5.3 终验标准：（1）在 5,000 家企业同时在线填报时，页面响应时间不超过 3 秒；（2）审核规则全部通过测试，误报率不高于 0.5%；（3）与国家系统、省政务数据共享平台的数据交换连续 30 日无差错；（4）通过网络安全等级保护三级测评；（5）试运行期间未发生一级故障；（6）技术文档、源代码及操作手册齐全。
P:5.4 终验由甲方组织专家进行，并出具书面验收报告。设备到货、平台上线、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质保与运维
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供软硬件维修、更换、升级及技术支持服务。
P:6.2 质保期满后，如甲方需要，乙方应按年度提供运维服务。年运维服务费不超过设备及软件小计的 8%（即每年不超过 247,040 元），质保期满后三年内不调价。运维合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 故障分为三级：一级故障指平台无法登录、无法报送或数据错误影响统计报送；二级故障指部分功能不可用；三级故障指一般性问题。
P:7.2 一级故障：乙方 30 分钟内响应，2 小时内到达现场，6 小时内恢复；二级故障：1 小时内响应，次日内解决；三级故障：3 个工作日内解决。
P:7.3 质保期内，平台年度可用率不低于 99.95%（计划内维护除外，计划内维护须提前 3 日经甲方同意）。
P:7.4 乙方响应或恢复超时的，每超时 1 小时向甲方支付 1,000 元；年度可用率每低于承诺值 0.01 个百分点，向甲方支付 2,000 元。上述款项可从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归原权利人所有，甲方在本项目范围内享有永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的程序、源代码、审核规则、接口及相关文档，知识产权归甲方所有。乙方应在终验前向甲方交付完整的源代码，甲方可自行修改、使用，或委托第三方开发和维护。
H:第九条 数据安全
P:9.1 平台采集、存储和处理的统计数据、企业名录及个人信息均属于甲方所有。乙方仅能在履行本合同所需的范围内接触上述数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:9.2 乙方应遵守《统计法》《数据安全法》《个人信息保护法》及网络安全等级保护的要求：实施人员须签署保密承诺书；远程维护须经甲方审批并通过堡垒机进行，全程审计；测试使用甲方提供的脱敏数据；严禁将任何数据带出甲方机房。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方，立即采取补救措施，并承担因乙方原因造成的全部损失及法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的统计资料、未公布的统计数据、调查对象信息以及甲方的网络和安全配置负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除，在相关统计资料依法公布前持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的 10%。
P:11.2 乙方所供设备或软件不符合合同约定的，乙方应负责更换并承担由此产生的全部费用；经两次更换仍不合格的，甲方有权退货。
P:11.3 乙方违反第九条、第十条约定的，除承担赔偿责任外，甲方有权解除合同。
H:第十二条 分包
P:12.1 本项目不得分包或转包。乙方将合同义务全部或部分交由第三方履行的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 合同解除
P:13.1 乙方逾期超过 30 日，或有其他重大违约行为且在甲方书面通知后 15 日内未能纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 附件一：设备及软件清单；附件二：技术方案；附件三：实施计划。
P:甲方（盖章）：江淮省统计局    乙方（盖章）：江淮数联信息技术有限公司
P:签订日期：2026 年 3 月 18 日
"""

# ---------------------------------------------------------------------------------------------- h148z02 (.pdf)
H148Z02 = """\
T:纸杯成型在线视觉检测系统采购及维保合同
P:合同编号：HJ-CG-2026-0211
P:甲方（买方）：瑞安市恒洁纸塑制品有限公司
P:乙方（卖方）：苏州视准智能装备有限公司
P:甲方因纸杯成型车间质量管控需要，向乙方采购在线视觉检测系统，并约定质保期满后的维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的
P:（一）乙方为甲方纸杯成型车间的 12 条成型线（ZB-12、ZB-16 两种机型混线）各安装一套在线视觉检测工位，对杯口卷边、杯身印刷、杯底密封、漏底及异物等缺陷逐只在线检测，并将不合格品自动剔除。
P:（二）系统由工业相机、镜头、光源、工控机、气动剔除装置、视觉检测软件及质量数据看板组成，具体配置见附件一。
P:（三）乙方负责安装调试、与成型机 PLC 联动、缺陷样本标注与检测模型调优，以及操作和维护培训。
P:（四）乙方提供的工控机应预装正版操作系统，视觉检测软件应提供离线授权文件，授权不受联网状态影响。
H:二、价格及明细
P:（一）合同总价为人民币壹佰贰拾伍万元整（¥1,250,000），含税，含运输、安装调试及质保期内的服务费用。
P:（二）明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|视觉检测工位（相机、镜头、光源、支架）|12 套|46,800|561,600
TB:2|工控机|12 台|13,500|162,000
TB:3|气动剔除装置|12 套|6,200|74,400
TB:4|视觉检测软件许可（永久）|12 套|18,000|216,000
TB:5|质量数据看板服务器|1 套|58,000|58,000
TB:|设备及软件小计|||1,072,000
TB:6|安装调试及 PLC 联动|1 项|96,000|96,000
TB:7|缺陷样本标注与模型调优|1 项|64,000|64,000
TB:8|操作与维护培训|1 项|18,000|18,000
TB:|合同总价|||1,250,000
H:三、付款
P:（一）合同生效后 7 日内，甲方支付合同总价的 10%，即 125,000 元。
P:（二）全部设备到货并安装完毕后 10 日内，甲方支付合同总价的 60%，即 750,000 元。到货及安装不构成验收。
P:（三）终验合格后 10 日内，甲方支付合同总价的 25%，即 312,500 元。
P:（四）其余 5%，即 62,500 元，作为质量保证金，于质保期满且无未了质量问题后 10 日内无息支付。
H:四、交付与安装
P:（一）乙方应于合同生效后 45 日内将全部设备运至甲方车间。
P:（二）安装调试须利用甲方安排的停机窗口分批进行，每批不超过 3 条线，不得影响甲方正常生产。乙方应于设备到货后 30 日内完成全部 12 条线的安装调试。
P:（三）乙方进入车间的人员应遵守甲方的安全生产规定和食品接触材料车间卫生管理规定。
P:（四）设备运输、装卸及保险由乙方负责，设备在甲方签收前的毁损、灭失风险由乙方承担。
H:五、验收
P:（一）验收标准：
P:1. 漏检率不高于 0.2%，误剔率不高于 0.8%（以甲方质检部门人工复检结果为准，每条线抽检不少于 5,000 只）；
P:2. 检测速度适应每分钟 160 只的成型节拍，不降低产线速度；
P:3. 剔除动作准确，剔除装置与 PLC 联动无误；
P:4. 质量数据看板能按班次、产线、缺陷类型统计并导出报表；
P:5. 全部 12 条线连续稳定运行 15 日，未出现一级故障；
P:6. 检测软件支持新增杯型的模板配置，甲方工艺人员经培训后可独立完成。
P:（二）乙方完成安装调试后书面申请验收，甲方在 7 日内组织测试。测试合格的，双方签署终验报告；不合格的，乙方应在 10 日内整改并重新申请验收。
P:（三）设备到货、安装或甲方投入使用，均不视为验收合格。
H:六、质保
P:（一）质保期为十八个月，自终验合格之日起计算。
P:（二）质保期内，设备及软件出现非人为损坏的故障，乙方免费维修或更换，并免费提供软件升级和模型调优（每季度不少于一次）。乙方可通过远程连接工控机进行诊断和维护。
P:（三）故障分级及响应：
P:1. 一级故障（任一条线检测功能完全失效）：乙方 1 小时内远程响应，8 小时内到达现场，到场后 10 小时内修复；
P:2. 二级故障（部分缺陷项检测失准或误剔率明显上升）：2 小时内响应，48 小时内解决；
P:3. 三级故障（看板、报表等一般问题）：3 个工作日内解决。
P:（四）乙方未按上述时限响应或到场的，每超时 1 小时向甲方支付 500 元，从质量保证金或应付款中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，甲方有权选择由乙方继续提供维保服务，维保服务按服务年度签订。
P:（二）维保服务费为每年人民币 187,600 元（即设备及软件小计的 17.5%），包括每季度一次的定期巡检、故障维修、备件更换、软件升级及模型调优。维保服务费自首个维保年度起三年内不作调整。
P:（三）维保服务费按季度在服务完成后支付。维保期内的响应时限与第六条第（三）项相同。
H:八、检测数据与知识产权
P:（一）视觉检测软件的著作权归乙方，甲方获得永久、不可转让的使用许可，可在本合同约定的 12 条产线及其替换设备上使用。
P:（二）乙方针对甲方产品训练的缺陷检测模型、参数及缺陷样本库归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:（三）系统采集的检测图像、缺陷记录和生产统计数据归甲方所有，乙方不得用于本合同以外的目的。
H:九、保密
P:（一）双方对在合作中获知的对方商业秘密负有保密义务，包括甲方的客户名单、产品规格、工艺参数、产能数据及检测图像，未经对方书面同意不得向第三方披露。
P:（二）保密期限为本合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的 10%。
P:（二）设备质量不符合约定，或验收不合格经整改后仍不合格的，甲方有权退货，乙方应退还已付款项并赔偿甲方损失。
P:（三）乙方所供设备因设计或质量缺陷造成甲方产线停机或批量质量事故的，乙方应赔偿甲方由此遭受的直接损失。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下的安装调试工作分包给第三方；确需分包的，须事先征得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货超过 30 日，或验收两次不合格，或有其他严重违约行为经甲方书面催告后 15 日内仍未纠正的，甲方有权解除合同。
P:（二）合同解除后，乙方应退还甲方已支付的相应款项，并承担违约责任。
P:（三）因乙方原因解除合同的，乙方应在 30 日内拆除已安装设备并恢复产线原状。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向温州仲裁委员会申请仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：系统配置清单；附件二：技术协议；附件三：验收测试记录表。
P:甲方（盖章）：瑞安市恒洁纸塑制品有限公司
P:乙方（盖章）：苏州视准智能装备有限公司
P:签订日期：2026 年 5 月 6 日
"""

# ---------------------------------------------------------------------------------------------- h148z03 (.md)
H148Z03 = """\
# 洗车门店会员与工单管理 SaaS 服务合同

**合同编号**：JT-IT-2026-008
**甲方（客户）**：成都净途汽车服务连锁有限公司
**乙方（服务商）**：杭州车掌柜网络科技有限公司

甲方在成都、德阳、眉山经营 46 家洗车美容门店。为统一会员、储值、套餐卡与工单管理，甲方订阅乙方“车掌柜”门店 SaaS 服务，并委托乙方完成实施。双方经协商一致，订立本合同。

## 1. 服务内容

### 1.1 订阅服务
乙方通过互联网向甲方提供“车掌柜”SaaS 服务，包括：会员管理（会员等级、储值、次卡、套餐卡、积分）、工单管理（开单、派工、施工进度、完工确认、车辆照片）、收银对账、营销券、员工提成、总部经营看板以及微信小程序会员端。

### 1.2 实施服务
- 46 家门店开通，账号与权限配置；
- 甲方现有系统中约 18.6 万条会员、储值余额及次卡余额的数据迁移；
- 对接门店收银机、扫码支付及 8 家门店的车牌识别道闸；
- 门店店长、收银员及总部管理员培训，提供操作手册及视频教程。

### 1.3 服务期限
订阅服务期限为三年，自上线验收合格之日起计算。

## 2. 费用

| 项目 | 数量 | 单价 | 三年金额（元） |
|---|---|---|---|
| 门店订阅费 | 46 店 | 3,960 元/店/年 | 546,480 |
| 总部管理端订阅费 | 1 套 | 28,000 元/年 | 84,000 |
| 实施服务费（一次性） | 1 项 | 76,000 元 | 76,000 |
| **合计** | | | **706,480** |

年度订阅费合计 210,160 元。上述费用均含税，包含小程序及短信通知服务，不另行计费。服务期内甲方新开或关闭门店的，按门店订阅单价按月折算增减。

## 3. 付款
- 3.1 本合同不设预付款。
- 3.2 实施服务费在上线验收合格后 15 日内一次性支付。
- 3.3 订阅费按季度结算：每季度结束后 10 日内，乙方提交服务报告及发票，甲方核对无误后 15 日内支付该季度订阅费 52,540 元。
- 3.4 乙方应在每次收款前开具增值税专用发票。

## 4. 实施与上线验收
- 4.1 乙方应于合同签订后 50 日内完成全部 46 家门店的开通、数据迁移和设备对接，并提交上线验收申请。
- 4.2 上线验收标准：（1）46 家门店均能正常开单、收银、核销；（2）迁移的会员信息、储值余额和次卡余额与甲方原系统逐店核对一致，差异为零；（3）支付对账连续 7 日无差错；（4）道闸车牌识别与会员自动匹配测试通过；（5）总部看板数据与门店数据一致。
- 4.3 甲方在收到验收申请后 5 个工作日内组织验收，合格的签署上线验收单。门店开通或甲方试用均不视为验收合格。
- 4.4 乙方未按期完成上线的，每逾期一日，向甲方支付违约金 600 元。
- 4.5 实施期间，乙方应指派一名项目经理全程负责，并每周向甲方提交实施进度报告。

## 5. 服务水平
- 5.1 乙方承诺系统月度可用率不低于 99.5%。计划内维护应安排在凌晨 1:00 至 6:00 之间，并提前 48 小时通知甲方。
- 5.2 故障等级：一级故障指全部或多数门店无法开单、收银或核销；二级故障指单店或单一功能不可用；三级故障指一般咨询和使用问题。
- 5.3 一级故障 15 分钟内响应、2 小时内恢复；二级故障 1 小时内响应、8 小时内解决；三级故障 1 个工作日内答复。客服热线全天候值守。
- 5.4 服务抵扣：月度可用率低于 99.5% 但不低于 99% 的，抵扣当月订阅费的 5%；低于 99% 的，抵扣当月订阅费的 10%。一级故障超过 2 小时未恢复的，每超过 1 小时再抵扣当月订阅费的 2%。单月抵扣合计不超过当月订阅费的 50%。
- 5.5 乙方应每月向甲方提交服务报告，内容包括可用率、故障记录及处理情况和抵扣金额。

## 6. 数据
- 6.1 甲方的会员信息、消费及储值记录、车辆信息、工单及车辆照片（以下简称“甲方数据”）归甲方所有。
- 6.2 乙方应按网络安全等级保护三级要求保障系统安全：数据存储于中国境内，传输及存储加密，访问权限最小化并留存操作日志。发生数据泄露、篡改或丢失的，乙方应在 2 小时内通知甲方，立即采取补救措施，并赔偿因此给甲方造成的损失。
- 6.3 乙方有权在对甲方数据进行脱敏、汇总处理后，将其用于编制洗车行业经营分析报告、优化产品功能及向其他客户提供行业对标服务，该权利在本合同终止后继续有效。
- 6.4 合同终止后 30 日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，之后删除其系统中的甲方数据（6.3 所述脱敏汇总数据除外）。
- 6.5 乙方应每年委托第三方机构进行一次渗透测试，并向甲方提供测试结论摘要。

## 7. 知识产权
- 7.1 SaaS 平台及其后续版本的知识产权归乙方所有。
- 7.2 乙方在实施中为甲方编写的数据迁移脚本、定制报表模板及会员规则配置归甲方所有，甲方可自由使用、修改或交由第三方使用。
- 7.3 乙方保证 SaaS 平台不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担责任。

## 8. 保密
双方对在合作中知悉的对方商业秘密（包括甲方的门店经营数据、价格策略和会员信息）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

## 9. 续期
- 9.1 服务期满前 30 日内任何一方未书面提出不再续期的，本合同自动续期，每次续期一个服务年度，可多次续期。
- 9.2 每次续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过 8%，并应于续期前 30 日通知甲方。

## 10. 责任限制
乙方在本合同项下对甲方的累计赔偿责任以本合同总价的 150% 为限，但因数据泄露、乙方故意或重大过失造成的损失不受此限。

## 11. 分包
乙方使用的云基础设施服务商已在附件二中列明，甲方签署本合同即视为同意。除此以外，乙方将本合同项下任何工作交由第三方完成的，须事先取得甲方书面同意。

## 12. 合同解除
- 12.1 乙方严重违约（包括连续两个月可用率低于 99%、发生重大数据安全事件或逾期上线超过 30 日），经甲方书面通知后 10 日内仍未纠正的，甲方有权解除合同，乙方应退还甲方已付但尚未使用的服务期费用。
- 12.2 甲方关闭门店的，可提前 30 日书面通知乙方，相应减少门店订阅。
- 12.3 合同终止或期满不续期的，乙方应配合甲方将数据迁移至甲方指定的系统，迁移完成前不得中断服务。

## 13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 14. 其他
本合同附件：附件一 功能清单与实施计划；附件二 云基础设施服务商说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都净途汽车服务连锁有限公司
乙方（盖章）：杭州车掌柜网络科技有限公司
日期：2026 年 4 月 9 日
"""

# ---------------------------------------------------------------------------------------------- h148z04 (.txt)
H148Z04 = """\
临江市图书馆智慧图书馆管理系统 2026 年度运行维护服务合同

项目编号：LJCG-2026-CS-019（竞争性磋商）
采购人（甲方）：临江市图书馆
供应商（乙方）：武汉博阅智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就智慧图书馆管理系统年度运行维护服务订立本合同。

1. 服务范围
1.1 运维对象：甲方总馆及 6 个分馆使用的智慧图书馆管理系统，包括集成图书馆管理系统（ILS）、RFID 自助借还机 18 台、安全门禁 6 套、自助办证机 2 台、智能书架 24 组、座位预约系统、移动阅读平台及微信公众号服务端。
1.2 服务内容：系统日常巡检与监控；故障处理；软件补丁及版本升级；数据库维护与备份；RFID 设备维修及零部件更换；读者数据统计报表；世界读书日、暑期阅读季等重大活动期间的保障；驻场服务。
1.3 服务期限：2026 年 1 月 1 日至 2026 年 12 月 31 日。
1.4 乙方应组建不少于 4 人的运维服务团队（驻场工程师 1 名、软件工程师 2 名、设备工程师 1 名），团队成员名单及资质以响应文件为准。

2. 服务费用
2.1 合同总价为人民币肆拾肆万贰仟元整（¥442,000），包括：
（1）软件系统运维服务费 186,000 元；
（2）RFID 及自助设备维护服务费 96,000 元；
（3）驻场工程师服务费（1 名，全年）132,000 元；
（4）备品备件包 28,000 元。
2.2 合同总价为固定价格，已含税费、差旅及备件费用，服务期内不作调整。
2.3 合同履行期间，因甲方新增设备或系统扩容需要增加运维内容的，双方另行协商签订补充协议。

3. 付款方式
3.1 服务费按季度支付。每季度结束后，甲方依第 6 条进行季度考核，考核合格后 15 个工作日内支付当季服务费 110,500 元。
3.2 季度考核扣减的款项从当季服务费中直接扣除。本合同不设预付款。
3.3 乙方应在每次付款前开具合法有效的增值税发票，甲方通过国库集中支付方式付款。

4. 服务交接与驻场
4.1 乙方应于 2026 年 1 月 1 日前完成与原运维单位的交接并进场服务，交接内容包括系统账号、配置文档、数据备份及设备台账。
4.2 乙方未能按期完成交接进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
4.3 驻场工程师须具备三年以上图书馆系统运维经验，开馆时间内在馆值守，未经甲方同意不得更换。
4.4 服务期满或合同解除时，乙方应配合甲方或新的运维单位完成交接，交接期不少于 15 日，交接期间服务标准不降低，并移交全部运维文档、账号和配置资料。

5. 服务水平
5.1 核心业务系统（ILS、自助借还）在开馆时间内的可用率不低于 99.98%。
5.2 故障分级：一级故障指总馆或任一分馆借还业务全部中断，或读者数据异常；二级故障指部分设备或功能不可用；三级故障指一般问题和咨询。
5.3 一级故障：15 分钟内响应，驻场工程师立即处理，2 小时内恢复；二级故障：30 分钟内响应，8 小时内解决；三级故障：2 个工作日内解决。
5.4 乙方应于每月 5 日前提交上月运维报告，内容包括故障清单、处理时长、巡检记录和可用率统计。
5.5 世界读书日、暑期阅读季及甲方书面通知的其他重大活动期间，乙方应增派 1 名工程师现场值守，费用已包含在合同总价中。
5.6 乙方每季度对自助借还机、安全门禁和自助办证机进行一次全面巡检和清洁保养，并填写设备巡检记录表。

6. 考核与验收
6.1 季度考核指标：一级故障全部按时恢复；二级、三级故障按时解决率不低于 95%；巡检记录完整；经核实属乙方原因的读者投诉不超过 2 次。
6.2 考核扣减：一级故障每超时 1 小时扣 800 元；可用率每低于承诺值 0.01 个百分点扣 1,000 元；其他指标每项不达标扣当季服务费的 2%。
6.3 服务期满后，甲方依磋商文件和本合同约定组织年度验收，验收内容包括全年考核结果、运维文档和配置资料的移交、备件使用台账。年度验收合格后，双方签署验收报告。
6.4 年度验收不合格的，乙方应在 15 日内完成整改；整改后仍不合格的，甲方有权从第四季度服务费中扣除合同总价的 5%。

7. 数据安全
7.1 系统中的读者个人信息、借阅记录、馆藏数据归甲方所有，乙方不得复制、留存或用于运维以外的任何目的。
7.2 乙方应遵守《个人信息保护法》《数据安全法》，运维人员须签署保密承诺；远程运维须经甲方审批，通过甲方堡垒机进行并全程留痕；更换下来的存储介质须交还甲方，或在甲方监督下销毁。
7.3 发生数据泄露、丢失或系统被入侵的，乙方应在 2 小时内报告甲方，并承担因乙方原因造成的全部责任。
7.4 乙方应每月对系统进行一次安全漏洞扫描，发现高危漏洞后 7 日内完成修复，修复情况列入月度运维报告。

8. 保密
乙方对在服务中知悉的甲方网络结构、系统口令、读者信息及其他未公开资料承担保密义务，保密期限不因合同终止而结束。乙方应督促其员工遵守保密义务，员工违反保密义务的，视为乙方违约。

9. 知识产权
乙方在运维期间为甲方编写的统计报表、脚本和运维文档归甲方所有，甲方可自由使用和修改。原系统软件的著作权保持不变。乙方不得在系统中擅自植入与运维无关的程序。

10. 服务分包
乙方可将 RFID 自助借还机、安全门禁等设备的硬件维修委托设备原厂或其授权服务商实施，但应提前 3 个工作日书面告知甲方。乙方对受托方的服务质量承担责任。

11. 违约责任与赔偿
11.1 乙方未达到服务水平的，按第 6.2 条扣减。
11.2 乙方违反第 7 条、第 8 条约定的，应赔偿甲方的全部损失。
11.3 除第 11.2 条规定的情形外，乙方在本合同项下的累计赔偿责任（含违约金和考核扣减）不超过合同总价的 50%。
11.4 乙方在合同签订前向甲方提交合同总价 5% 的履约保证金（22,100 元），年度验收合格后 15 个工作日内无息退还。

12. 合同解除与期满
12.1 乙方连续两个季度考核不合格，或发生重大数据安全事件，或有其他严重违约行为经甲方书面通知后 10 日内仍未纠正的，甲方有权解除合同，并按实际服务期结算。
12.2 本合同期满自然终止，不自动续期。2027 年度的运维服务由甲方依照政府采购规定另行采购。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
14.2 双方应遵守政府采购廉洁从业规定，乙方不得向甲方工作人员提供任何形式的不正当利益。
14.3 本合同一式五份，甲方三份，乙方二份，自双方签章之日起生效。

甲方：临江市图书馆（盖章）          乙方：武汉博阅智能科技有限公司（盖章）
签订日期：2025 年 12 月 16 日
"""

# ---------------------------------------------------------------------------------------------- h148z05 (.md)
H148Z05 = """\
# 智酿 MES 软件许可及实施服务合同

> 智酿标准合同文本 V4.0（乙方制式合同）

合同编号：ZN-MES-2026-033

甲方（客户）：晋阳福源醋业有限公司
乙方（供应商）：太原智酿工业软件有限公司

甲方为提升老陈醋酿造过程的数字化管理水平，采购乙方“智酿 MES”软件许可，并委托乙方进行定制开发和实施。经双方协商一致，签订本合同。

## 第一条 合同标的
1.1 乙方向甲方提供智酿 MES 平台软件许可（永久，50 个并发用户），模块包括：生产计划、配料投料、制曲、酒精发酵、醋酸发酵（翻醅）、熏醅、淋醋、陈酿、灌装批次管理、质量检验和设备管理。
1.2 定制开发内容：固态醋酸发酵温度与翻醅工艺模型；陈酿缸（约 2,600 口）的批次与年份追溯；与甲方金蝶 ERP、地磅称重系统、发酵车间温湿度传感网络的接口；质量追溯看板。
1.3 实施服务包括系统部署、基础数据初始化、用户培训和上线支持。具体功能以乙方《产品功能说明书》为准。
1.4 乙方交付的软件以交付时的最新版本为准，乙方有权在不降低主要功能的前提下对产品功能进行调整。
1.5 系统运行所需的数据库、中间件等第三方软件及服务器硬件由甲方另行采购，不包含在本合同价款内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智酿 MES 平台软件许可（50 并发，永久） | 680,000 |
| 2 | 定制开发（工艺模型、追溯、接口、看板） | 742,000 |
| 3 | 部署实施与数据初始化 | 138,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 1,584,000 |

上述价格含增值税。定制开发工作量以双方确认的需求规格说明书为准，超出部分按每人天 2,200 元另行计费。

## 第三条 付款方式
3.1 合同签订后 5 个工作日内，甲方支付合同总价的 45%，即 712,800 元，作为预付款。乙方收到预付款后启动项目。
3.2 系统上线后 5 个工作日内，甲方支付合同总价的 45%，即 712,800 元。
3.3 系统上线满三个月后 5 个工作日内，甲方支付剩余的 10%，即 158,400 元。
3.4 甲方逾期付款的，每日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施和服务。
3.5 甲方应将款项支付至乙方指定账户，乙方收款后 10 个工作日内开具增值税专用发票。

## 第四条 实施周期
4.1 乙方计划于收到预付款后 150 日内完成开发并上线。因甲方提供资料、场地或配合不及时导致延期的，工期相应顺延。
4.2 乙方原因导致逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的 3%。
4.3 甲方应指定项目负责人，配合乙方完成需求调研、数据整理和测试工作。
4.4 乙方提交需求规格说明书后，甲方应在 5 个工作日内书面确认；逾期未确认的，视为甲方已确认。需求确认后甲方提出变更的，乙方有权另行收费，工期相应顺延。
4.5 项目实施采用乙方标准实施方法，分为需求调研、开发、部署、上线四个阶段。

## 第五条 验收
5.1 系统部署完成并上线运行，即视为甲方验收合格。
5.2 系统上线后，甲方在生产中使用系统的，视为对系统功能和质量的认可。
5.3 甲方在上线后对系统提出的修改意见，乙方将在免费维护期内酌情处理。

## 第六条 免费维护
6.1 免费维护期为六个月，自系统上线之日起计算。
6.2 免费维护期内，乙方通过电话和远程方式提供技术支持。发生一级故障（系统整体不可用）的，乙方在 10 小时内响应；发生二级故障的，乙方在 2 个工作日内响应。
6.3 乙方超过上述响应时限的，每次向甲方支付违约金 200 元，免费维护期内累计不超过 5,000 元。
6.4 因甲方操作不当、擅自修改配置或第三方系统原因导致的故障，不属于免费维护范围。
6.5 免费维护期内，甲方要求乙方派员到现场服务的，按每人每天 2,000 元另行收费，差旅费由甲方承担。
6.6 免费维护期内，乙方每季度提供一次远程巡检，并出具巡检报告。

## 第七条 后续维护
7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方另行签订维护合同，维护费用按乙方当年度公布的服务价格标准执行。
7.2 维护合同的服务期限和服务内容以乙方届时的标准维护协议为准。甲方未签订维护合同的，乙方不再提供补丁、升级和远程支持。

## 第八条 知识产权
8.1 智酿 MES 平台软件的著作权归乙方所有。
8.2 乙方为本项目定制开发的工艺模型、追溯功能、接口程序、看板及其源代码，知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，也不得向第三方提供。
8.3 甲方如需获得定制开发部分的源代码，应另行支付源代码授权费，具体金额由双方协商。

## 第九条 数据
9.1 甲方在系统中录入和产生的生产数据归甲方所有。
9.2 乙方对其运维的系统采取访问控制、数据加密和备份措施。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，并依第十一条承担赔偿责任。
9.3 甲方同意，乙方可将系统中的工艺参数、发酵曲线及质量检测数据经脱敏处理后，用于乙方酿造行业工艺模型的训练和产品改进。
9.4 合同终止后，乙方应按甲方要求删除其持有的甲方生产数据，但 9.3 所述经脱敏处理的数据除外。

## 第十条 保密
双方对在合作中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密信息不包括已经公开或从第三方合法获得的信息。保密义务在合同终止后两年内有效。

## 第十一条 责任限制
11.1 乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的 25%。
11.2 乙方不承担甲方的间接损失、利润损失及停产损失。
11.3 因甲方提供的数据不准确或甲方擅自操作导致的损失，由甲方自行承担。

## 第十二条 合作伙伴
乙方有权将接口开发、现场部署等部分工作交由其合作伙伴完成，无需另行征得甲方同意。乙方对合作伙伴的工作成果负责。

## 第十三条 合同解除
一方严重违约，经守约方书面通知后 30 日内仍未纠正的，守约方有权解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还，且甲方应支付乙方已完成工作的费用。

## 第十四条 不可抗力
因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方不承担违约责任，但应在 15 日内书面通知对方并提供证明。

## 第十五条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他
16.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
16.2 本合同未尽事宜，以乙方《服务说明》为准。

甲方（盖章）：晋阳福源醋业有限公司
乙方（盖章）：太原智酿工业软件有限公司
日期：____ 年 __ 月 __ 日
"""

# ---------------------------------------------------------------------------------------------- h148e01 (.docx)
H148E01 = """\
T:SOFTWARE LICENCE, SERVICES AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the 14th day of April 2026
P:BETWEEN
P:(1) INISHKEA SOFTWARE DESIGNS LIMITED, a private company limited by shares incorporated in Ireland (company number 618442), having its registered office at The Old Schoolhouse, Inishkea North, County Mayo, Ireland (the "Supplier"); and
P:(2) NINGBO CIXI HENGTAI ELECTRIC APPLIANCE CO., LTD., a company incorporated in the People's Republic of China, having its registered office at No. 88 Xinxing Avenue, Cixi, Zhejiang Province (the "Customer").
P:WHEREAS:
P:(A) The Customer manufactures small household appliances, including kettles, air fryers and garment steamers, and wishes to manage its product data, bills of materials and engineering changes in one product lifecycle management system.
P:(B) The Supplier, developer of the Currach PLM software, has agreed to license and configure it and to provide warranty and support services on the terms of this Agreement.
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions
P:1.1 In this Agreement: "Acceptance" means the issue of the Acceptance Certificate under Clause 6.3; "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Configuration Deliverables" means the configured product structures, workflows, templates and reports, the ERP interface and all scripts and documentation produced by the Supplier for the Customer; "Go-Live" means the first use of the Software in production by the Customer's engineering departments; "Licence Fees" means the fees for the Software in the Price Schedule; and "Software" means the Currach PLM software and its CAD integration module in object code, with their documentation and all updates supplied under this Agreement.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Supplier grants the Customer a non-exclusive, perpetual and irrevocable licence to install and use the Software for sixty (60) named users, for the internal business purposes of the Customer and its subsidiaries in the People's Republic of China.
H:Clause 3 Services
P:3.1 The Supplier shall, in accordance with the project plan in Schedule 2: (a) install the Software; (b) configure product structures, part numbering and bills of materials for the Customer's four product families; (c) configure the engineering change order workflow; (d) develop an interface through which released bills of materials are posted automatically to the Customer's ERP system; (e) migrate approximately 42,000 legacy drawings and 3,100 bills of materials; and (f) train key users and administrators (together, the "Services").
P:3.2 The Supplier shall achieve Go-Live no later than one hundred and twenty (120) days after the date of this Agreement.
H:Clause 4 Price and Payment
P:4.1 The Contract Price is CNY 1,830,000, inclusive of VAT, made up as set out in the Price Schedule below. At the Customer's request all amounts are stated and payable in Chinese yuan (CNY).
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Currach PLM named-user licence (perpetual)|60|16,800|1,008,000
TB:2|CAD integration module (perpetual)|1|186,000|186,000
TB:|Licence Fees subtotal|||1,194,000
TB:3|Configuration and ERP interface|1|468,000|468,000
TB:4|Legacy data migration|1|132,000|132,000
TB:5|Training|1|36,000|36,000
TB:|Contract Price|||1,830,000
P:4.2 The Contract Price shall be invoiced as follows: (a) twenty per cent (20%), being CNY 366,000, within ten (10) Business Days after signature; (b) forty-five per cent (45%), being CNY 823,500, on Go-Live; and (c) thirty-five per cent (35%), being CNY 640,500, on Acceptance.
P:4.3 The Customer shall pay each correct VAT invoice within thirty (30) days after receipt.
H:Clause 5 Delay
P:5.1 If Go-Live is not achieved by the date in Clause 3.2 for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of 0.07% of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price. The parties agree that this sum is a genuine pre-estimate of loss and not a penalty. Payment does not relieve the Supplier of its obligation to complete the Services.
H:Clause 6 Acceptance
P:6.1 Within ten (10) Business Days after Go-Live the parties shall run the acceptance tests in Schedule 3 (the "Acceptance Tests").
P:6.2 The Acceptance Tests shall demonstrate that: (a) all migrated bills of materials reconcile line by line with the legacy records; (b) an engineering change order can be raised, approved and released across the design, quality and purchasing departments; (c) released bills of materials are posted to the ERP system without manual intervention on three consecutive daily runs; (d) search and open operations complete within three (3) seconds with sixty users logged in; and (e) no Severity 1 or Severity 2 defect has been open during the twenty (20) Business Days before the test report.
P:6.3 When all Acceptance Tests have been passed, the Customer shall issue an acceptance certificate (the "Acceptance Certificate") within five (5) Business Days. Neither Go-Live, nor use of the Software in production, nor any payment shall constitute Acceptance.
H:Clause 7 Warranty
P:7.1 The Supplier warrants that, for ninety (90) days from Acceptance (the "Warranty Period"), the Software and the Configuration Deliverables will perform substantially in accordance with their documentation and Schedule 1, and shall correct any defect notified during the Warranty Period free of charge within the times in Clause 8.3.
H:Clause 8 Support and Maintenance
P:8.1 After the Warranty Period the Supplier shall provide support, including corrections, updates and helpdesk access, for as long as the Customer pays the Annual Support Fee.
P:8.2 The Annual Support Fee is thirteen per cent (13%) of the Licence Fees, being CNY 155,220 per year, payable annually in arrears. It shall not be increased during the first three (3) support years; thereafter any increase shall be agreed in writing and shall not exceed the rise in the PRC consumer price index for the previous year. Support renews each year only on the Customer's written purchase order.
P:8.3 Severity 1 (the Software is unavailable, or engineering changes cannot be released): response within one (1) hour at any time and a workaround or fix within eight (8) hours. Severity 2 (a major function is impaired): response within two (2) hours on Business Days and a fix within three (3) Business Days. Severity 3: response within one (1) Business Day.
P:8.4 For each hour by which the Supplier misses a Severity 1 or Severity 2 response or fix time, the Supplier shall credit the Customer CNY 1,500, set off against the next payment due or, during the Warranty Period, paid in cash. Credits shall not exceed the Annual Support Fee in any year.
H:Clause 9 Intellectual Property
P:9.1 The Supplier retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Configuration Deliverables shall vest in the Customer upon creation, and the Supplier hereby assigns them to the Customer. The Supplier shall deliver all their source code and scripts by Acceptance. The Customer may use, modify and license the Configuration Deliverables freely, including to third-party service providers.
H:Clause 10 Data Protection and Security
P:10.1 All data entered into or generated by the Software, including drawings, specifications, bills of materials, supplier prices and personal data of the Customer's staff ("Customer Data"), belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement, on the Customer's documented instructions, and for no other purpose.
P:10.2 The Supplier shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and per-session approval, shall not copy Customer Data to any system outside the Customer's control, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Supplier shall notify the Customer of any actual or suspected security breach affecting Customer Data within twelve (12) hours of becoming aware of it, shall cooperate fully in remedying it, and shall be liable for all loss caused to the Customer by a breach resulting from the Supplier's act or omission.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party that is marked as confidential or is by its nature confidential, including the Customer's product designs and costings, and shall use it only for the purposes of this Agreement. This obligation survives for five (5) years after termination.
H:Clause 12 Limitation of Liability
P:12.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 10.
P:12.2 Subject to Clause 12.1, the Supplier's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort (including negligence), breach of statutory duty or otherwise, shall not exceed an amount equal to the Licence Fees.
H:Clause 13 Subcontracting
P:13.1 The Supplier shall not subcontract any of its obligations without the prior written consent of the Customer, and remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where the breach is capable of remedy, fails to remedy it within thirty (30) days after written notice. The Customer may also terminate the Services if liquidated damages under Clause 5.1 reach their maximum.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties. No amendment is effective unless made in writing and signed by both parties.
P:Schedule 1: Functional Specification. Schedule 2: Project Plan. Schedule 3: Acceptance Tests.
P:SIGNED for and on behalf of INISHKEA SOFTWARE DESIGNS LIMITED: ____________________ Director
P:SIGNED for and on behalf of NINGBO CIXI HENGTAI ELECTRIC APPLIANCE CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------- h148e02 (.txt)
H148E02 = """\
ORDER FORM AND GENERAL TERMS AND CONDITIONS
Herreninsel Ticketing GmbH - Cloud Ticketing Platform "Chiemsee Gate"

PART A - ORDER FORM

Order Form No. HT-CN-2026-0419

Provider: Herreninsel Ticketing GmbH, Herreninsel 3, 83209 Herrenchiemsee, Germany, registered in the commercial register of the Local Court (Amtsgericht) of Traunstein under HRB 28817, represented by its managing directors (the "Provider").

Customer: Xishuangbanna Rainforest Valley Tourism Development Co., Ltd., Menglun Town, Mengla County, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province, People's Republic of China (the "Customer").

1. Subscribed services
- Chiemsee Gate online ticketing platform: timed-entry tickets, combined tickets (park, night show and shuttle bus), annual passes, group and school bookings, web shop and WeChat mini-program, OTA channel manager (Ctrip, Meituan, Fliggy), real-name ticketing and point-of-sale software for 6 ticket windows;
- Gate module for 24 turnstile lanes at the main gate, the canopy walkway and the botanical garden;
- Onboarding: configuration of products, prices and time slots; integration with the Customer's payment service provider and with the 24 turnstile controllers; import of approximately 31,000 annual-pass holders; training of 40 staff.

2. Term
Initial Term: thirty-six (36) months from the Go-Live Date, being the date of Go-Live Acceptance under Sec. 4 of the General Terms. Target Go-Live Date: 1 September 2026.

3. Fees
At the Customer's request all amounts are stated and payable in Chinese yuan (CNY) and include VAT.
- Platform subscription: CNY 18,600 per month x 36 months = CNY 669,600
- Gate module: 24 lanes x CNY 260 per lane per month x 36 months = CNY 224,640
- Onboarding (one-time): CNY 118,000
- Total Contract Value: CNY 1,012,240
Monthly recurring charge: CNY 24,840. No per-ticket or transaction fees are charged.

4. Invoicing
The onboarding fee is invoiced after Go-Live Acceptance. Recurring charges are invoiced monthly in arrears from the month of Go-Live Acceptance (pro rata temporis) and are payable within thirty (30) days. No advance payment is due.

5. Incorporation
This Order Form incorporates the General Terms and Conditions in Part B (the "GTC"); together they form the "Contract". Service levels are set out in Sec. 5 of the GTC. Hosting region: mainland China.

Signed for the Provider: ______________________  Herrenchiemsee, ____ 2026
Signed for the Customer: ______________________  Xishuangbanna, ____ 2026


PART B - GENERAL TERMS AND CONDITIONS

§ 1 Scope and Order of Precedence
(1) These GTC apply to all services of the Provider under an Order Form that refers to them.
(2) In the event of conflict the Order Form prevails. General terms of the Customer do not apply.

§ 2 Subject Matter
The Provider makes the platform available to the Customer via the internet as software as a service. The Customer receives no copy of the software.

§ 3 Term and Renewal
(1) After the Initial Term the Contract is extended automatically by periods of twenty-four (24) months unless either party gives notice three (3) months before the end of the current term.
(2) The fees during any extension remain unchanged; any change to the fees requires a written amendment signed by both parties.

§ 4 Onboarding and Go-Live Acceptance
(1) The Go-Live Acceptance test shall demonstrate that: (a) each ticket type can be sold through the web shop, the mini-program, the ticket windows and each OTA channel; (b) refunds and date changes are processed correctly; (c) each of the 24 turnstile lanes admits valid QR codes and ID cards and rejects invalid, used or expired tickets; (d) the daily reconciliation with the payment service provider matches on three (3) consecutive days; and (e) the imported annual passes have been verified against the Customer's list.
(2) If all criteria are met, the Customer signs the Go-Live Acceptance protocol within five (5) working days. Provision of login credentials or use of the platform does not constitute acceptance.
(3) If Go-Live Acceptance is delayed for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of 0.09 % of the Total Contract Value for each calendar day of delay, up to 8 % of the Total Contract Value. Further claims for damages remain unaffected; the penalty is credited against them.

§ 5 Service Levels
(1) The Provider guarantees an availability of the platform of 99.95 % per calendar month, measured at the Internet gateway of its data centre, excluding scheduled maintenance announced five (5) days in advance and carried out between 01:00 and 05:00 China Standard Time.
(2) Priority 1: the web shop, the mini-program or the gate module is unavailable, or tickets cannot be validated at the turnstiles. Priority 2: significant impairment, for example of one OTA channel or one entrance. Priority 3: all other incidents.
(3) Response times: Priority 1: six (6) hours; Priority 2: one (1) working day; Priority 3: three (3) working days. Response time runs from receipt of a report in the Provider's ticket system.
(4) If the monthly availability falls below the guaranteed value, the Customer receives a service credit of 5 % of the monthly recurring charge for each started 0.1 percentage point of shortfall, up to 50 % of that charge. If a Priority 1 response time is exceeded, the Customer receives a credit of 2 % of the monthly recurring charge for each started hour. Credits are deducted from the next invoice.

§ 6 Obligations of the Customer
The Customer shall provide test data and access to the turnstile controllers without undue delay, and is responsible for its ticket offers and prices.

§ 7 Rights of Use and Intellectual Property
(1) The Provider grants the Customer, for the term of the Contract, a non-exclusive, non-transferable right to use the platform for its own business.
(2) Configurations, ticket templates, the interface adapters to the Customer's turnstiles and payment service provider and the reports created specifically for the Customer ("Customer Deliverables") shall be the property of the Customer. To the extent that rights cannot be transferred by law, the Provider grants the Customer an exclusive, perpetual, irrevocable and transferable right to use, modify and sub-license them without restriction. The source code of the interface adapters is handed over on Go-Live Acceptance.
(3) The platform itself, including its further development, remains the property of the Provider.

§ 8 Data Protection and Data Security
(1) All data that the Customer enters or that arises from its use of the platform, in particular visitor personal data (name, ID number, mobile number and the face images of annual-pass holders), ticket sales and entry data ("Customer Data"), belongs to the Customer. The Provider processes Customer Data solely on the Customer's behalf and instructions in order to provide the services, and for no other purpose.
(2) The Provider shall store Customer Data only on servers in mainland China, comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China, maintain the MLPS level-3 filing of the platform, encrypt data in transit and at rest, and restrict access on a need-to-know basis with logging. Staff of the Provider outside mainland China have no access to Customer Data.
(3) The Provider shall notify the Customer of any security incident affecting Customer Data within twelve (12) hours, take all measures needed to remedy it, support the Customer's notifications to the authorities, and is liable for damage caused by a breach of this § 8 without the limitation in § 11 (2).
(4) After the end of the Contract the Provider shall hand over all Customer Data in CSV format within thirty (30) days and then delete it.

§ 9 Subcontractors
(1) The Provider may use subcontractors to perform its obligations, including the operator of its data centre in mainland China and local implementation partners in Yunnan Province. The Provider shall inform the Customer in writing of the subcontractors engaged and of any change at least fourteen (14) days in advance.
(2) The Provider is responsible for its subcontractors as for its own vicarious agents (Erfüllungsgehilfen).

§ 10 Confidentiality
Each party shall keep confidential all information of the other party that is designated as confidential or is recognisably confidential, including prices and visitor numbers, and shall use it only for the purposes of the Contract, during the term and for three (3) years after its end.

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under § 8 (3).
(2) In all other cases the total liability of the Provider under the Contract is limited to 150 % of the Total Contract Value.

§ 12 Termination for Good Cause
(1) Ordinary termination during the Initial Term is excluded.
(2) Each party may terminate the Contract for good cause without notice. Good cause for the Customer exists in particular if (a) the Provider commits a material breach and does not remedy it within fourteen (14) days after a written warning; (b) the monthly availability is below 99 % in two consecutive months; or (c) Go-Live Acceptance is delayed by more than sixty (60) days for reasons for which the Provider is responsible.

§ 13 Force Majeure
Neither party is liable for failure to perform caused by force majeure for as long as the event continues, provided that the other party is informed without undue delay.

§ 14 Governing Law and Place of Jurisdiction
(1) The Contract is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods (CISG) and the conflict-of-law rules.
(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with the Contract is Munich, Germany.

§ 15 Final Provisions
(1) Amendments and additions to the Contract must be made in writing; this also applies to any waiver of this written-form requirement.
(2) Should any provision be or become invalid, the remaining provisions remain valid.
(3) The English version of the Contract is binding. A Chinese translation is provided for convenience only.
"""

# ---------------------------------------------------------------------------------------------- h148e03 (.pdf)
H148E03 = """\
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT: WATER-QUALITY BUOYS
P:Contract No. CHBW-2026-PUR-031
P:BETWEEN THE UNDERSIGNED:
P:Dalian Changhai Bluewave Scallop Farming Co., Ltd., having its registered office at No. 16 Haibin Road, Dachangshan Island Town, Changhai County, Dalian, Liaoning Province, represented by its legal representative, hereinafter the "Purchaser",
P:AND:
P:Île Grande Océan Systèmes SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 420,000, registered with the Trade and Companies Register of Saint-Brieuc under number 512 447 903, having its registered office at 7 Chemin du Sémaphore, Île Grande, 22560 Pleumeur-Bodou, France, represented by its President, hereinafter the "Contractor",
P:hereinafter referred to individually as a "Party" and collectively as the "Parties".
H:PREAMBLE
P:The Purchaser farms bay scallops on approximately 2,300 hectares of raft culture off the Changshan Islands, where summer hypoxia has caused heavy losses. After a tender in which the Contractor submitted its offer dated 12 February 2026, the Purchaser has selected the Contractor to supply, install and maintain water-quality monitoring buoys. This Contract is drawn up on the Purchaser's standard form.
P:NOW, THEREFORE, IT HAS BEEN AGREED AS FOLLOWS:
H:Art. 1 (Purpose)
P:1.1 The purpose of this Contract is the supply, mooring, installation, commissioning and calibration of fourteen (14) multi-parameter water-quality buoys, a shore station and the associated monitoring and alarm software, with training, warranty and post-warranty maintenance (together, the "System").
H:Art. 2 (Contractual documents)
P:2.1 The Contract consists of the following documents, in order of precedence: (a) this Contract; (b) Annex 1, Technical Specification; (c) Annex 2, Acceptance Test Procedure; (d) the Contractor's offer. The Contractor's general terms of sale do not apply.
H:Art. 3 (Scope)
P:3.1 The Contractor shall: (a) supply the equipment listed in Art. 4; (b) moor the buoys at the positions agreed with the Purchaser; (c) install the shore station in the Purchaser's hatchery; (d) configure the monitoring and alarm software on the Purchaser's server, with alarm thresholds for each raft zone and a daily report; (e) calibrate all sensors against reference samples analysed by an independent laboratory; (f) train the Purchaser's staff; and (g) provide the services in Art. 9 to Art. 11.
H:Art. 4 (Price)
P:4.1 The total Contract Price is CNY 1,770,000, all taxes, duties, freight and insurance to site included, expressed and paid in CNY at the Purchaser's request. The price is firm and not subject to revision.
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy with sensors, solar power and telemetry|14|86,500|1,211,000
TB:2|Spare sensor kit|6|18,400|110,400
TB:3|Shore station and data gateway|1|64,000|64,000
TB:4|Monitoring and alarm software licence (perpetual)|1|148,000|148,000
TB:|Hardware and Licence Subtotal|||1,533,400
TB:5|Mooring survey and installation|1|176,000|176,000
TB:6|Calibration and commissioning|1|42,600|42,600
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,770,000
H:Art. 5 (Terms of payment)
P:5.1 The Contract Price shall be paid as follows: (a) an advance of ten per cent (10%), i.e. CNY 177,000, within twenty (20) days after signature, against a bank guarantee of the same amount; (b) fifty-five per cent (55%), i.e. CNY 973,500, after delivery and installation of all buoys and the shore station, certified by a signed installation report; and (c) thirty-five per cent (35%), i.e. CNY 619,500, after Final Acceptance under Art. 8.
P:5.2 The installation report records quantities only and does not constitute acceptance. Each payment is due within thirty (30) days after receipt of a compliant VAT invoice.
H:Art. 6 (Delivery and installation)
P:6.1 The Contractor shall deliver all equipment to Dalian port, customs-cleared, within ninety (90) days after signature, and shall complete mooring and installation within forty-five (45) days after delivery, in weather windows agreed with the Purchaser's operations manager.
H:Art. 7 (Delay penalties)
P:7.1 If the Contractor misses the delivery or installation dates in Art. 6.1 for reasons not attributable to the Purchaser or to force majeure, it shall pay, without prior formal notice, a penalty of 0.1% of the Contract Price for each calendar day of delay, capped at ten per cent (10%) of the Contract Price. Penalties are deducted from the sums due and do not release the Contractor from its obligation to complete the work.
H:Art. 8 (Acceptance)
P:8.1 After installation the System shall undergo a thirty (30) day trial operation. Final Acceptance shall be pronounced if, during the trial: (a) every sensor reading is within the tolerances of Annex 1 against the laboratory reference samples (dissolved oxygen within 0.3 mg/L, temperature within 0.2 degrees Celsius); (b) at least 98% of the scheduled data packets from every buoy reach the shore station; (c) every alarm test reaches the duty managers by SMS and WeChat within two (2) minutes; (d) the daily report is generated correctly every day; and (e) all documentation has been delivered.
P:8.2 Final Acceptance is recorded in a report signed by both Parties. If a criterion is not met, the Contractor shall remedy the defect and the trial shall be repeated for that criterion. Delivery, installation or use of the System shall not constitute acceptance.
H:Art. 9 (Warranty)
P:9.1 The Contractor warrants the entire System, including hulls, moorings, sensors, batteries, telemetry and software, against any defect in design, materials or workmanship for twenty-four (24) months from Final Acceptance.
P:9.2 During the warranty period the Contractor shall, free of charge, repair or replace defective parts, clean the antifouling sensor guards and recalibrate the dissolved-oxygen and pH sensors every quarter, and supply software updates.
H:Art. 10 (Post-warranty maintenance)
P:10.1 After the warranty period the Purchaser may order maintenance from the Contractor for each of the following three years at a fixed annual fee of CNY 115,005, equal to seven point five per cent (7.5%) of the Hardware and Licence Subtotal, covering the services of Art. 9.2, repairs and spare parts, except damage caused by vessel collision or typhoon.
P:10.2 The fee shall not be revised during those three years. Maintenance is ordered year by year by written purchase order; there is no tacit renewal. The fee is paid quarterly in arrears after the Purchaser has confirmed the quarterly maintenance report.
H:Art. 11 (Service levels)
P:11.1 A critical fault is a loss of data from three or more buoys, or a failure of the alarm software or of the shore station. A major fault is a loss of data from one or two buoys or from one sensor type.
P:11.2 For a critical fault the Contractor shall respond remotely within one (1) hour at any time and have a technician, with a vessel where needed, on site within twenty-four (24) hours, weather permitting. For a major fault the response time is three (3) hours and the on-site time seventy-two (72) hours.
P:11.3 For each hour of late response the Contractor shall pay CNY 1,200, and for each day beyond the on-site time CNY 2,000, during the warranty period and any maintenance year.
H:Art. 12 (Data ownership and security)
P:12.1 All measurement data, alarm records, raft and buoy positions and other data collected or generated by the System ("Purchaser Data") belong exclusively to the Purchaser. The Contractor may process Purchaser Data only to perform this Contract and shall not use it for any other purpose, even in anonymised form.
P:12.2 Purchaser Data is stored only on the Purchaser's server. Remote access by the Contractor is permitted only for maintenance, with the Purchaser's approval for each session, through an encrypted connection with individual accounts and logging. No Purchaser Data shall leave the People's Republic of China.
P:12.3 The Contractor shall notify the Purchaser of any security incident affecting the System or Purchaser Data within six (6) hours, take all necessary remedial measures, and bear all losses caused by an incident attributable to it.
H:Art. 13 (Confidentiality)
P:13.1 Each Party shall keep confidential all information received from the other Party, including the Purchaser's production data and farming locations, and shall not disclose it to third parties without prior written consent, for five (5) years after the end of the Contract.
H:Art. 14 (Intellectual property)
P:14.1 The Contractor retains the intellectual property in its standard software and grants the Purchaser a perpetual, non-exclusive licence to use it with the System.
P:14.2 The alarm rules, raft-zone configurations, report templates and any interface developed for the Purchaser, with their documentation and source code, are the property of the Purchaser, which may use, modify and license them freely.
H:Art. 15 (Subcontracting)
P:15.1 The Contractor may entrust the mooring work to Dalian Haixing Marine Engineering Co., Ltd., which the Purchaser approves by signing this Contract. Any other subcontracting requires the Purchaser's prior written consent. The Contractor remains fully liable for its subcontractors.
H:Art. 16 (Liability and insurance)
P:16.1 The Contractor is liable for all damage caused to the Purchaser, including damage to rafts, stock and vessels caused by its personnel, equipment or subcontractors, and shall hold marine liability insurance for the works.
H:Art. 17 (Termination)
P:17.1 The Purchaser may terminate the Contract by registered letter if the Contractor commits a serious breach and has not remedied it within fifteen (15) days after formal notice, or if the delay penalties reach their cap.
H:Art. 18 (Force majeure)
P:18.1 Typhoons, sea ice and storms above Beaufort force 8 are force majeure for the installation and on-site times when they prevent safe work at sea. The Contractor shall resume work as soon as conditions permit.
H:Art. 19 (Governing law and disputes)
P:19.1 The Contract is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian; the award is final and binding on both Parties.
H:Art. 20 (Miscellaneous)
P:20.1 The Contract is made in English and Chinese, with equal force. Any amendment must be in writing and signed by both Parties. The Contract enters into force on signature.
P:Made in Dalian, in four originals, on 20 March 2026.
P:For the Purchaser: ____________________    For the Contractor: ____________________
"""

# ---------------------------------------------------------------------------------------------- h148e04 (.md)
H148E04 = """\
# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** MIMS/XCH/2026/04

**BETWEEN**

(1) **MAY ISLE MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland with registered number SC702118 and having its registered office at The Low Light, Isle of May, Fife, Scotland (the "Provider"); and

(2) **XI'AN CHANG'AN HERITAGE ARCHITECTURE DESIGN & CONSULTING CO., LTD.**, a limited liability company incorporated in the People's Republic of China and having its registered office at Floor 9, No. 58 Cien Road, Yanta District, Xi'an, Shaanxi Province (the "Customer").

**CONSIDERING THAT:**

(A) The Customer is a consultancy specialising in the conservation of historic buildings and holds large volumes of laser-scan and drawing data;

(B) The Customer wishes to outsource the operation of its IT infrastructure and the support of its staff's computers to a single provider; and

(C) The Provider has agreed to provide those services on the terms of this Agreement.

**NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:**

## 1. DEFINITIONS

1.1 In this Agreement: "**Charges**" means the charges set out in Clause 6; "**Customer Data**" means all data, drawings, scans, models, e-mails, documents and personal information held on or processed through the Customer Systems; "**Customer Systems**" means the servers, storage, network, end-user devices and software listed in Schedule 1; "**Service Commencement Date**" means the date on which the Transition Certificate is issued; and "**Working Day**" means a day on which banks are open for business in Xi'an.

## 2. DURATION

2.1 The Services shall be provided for thirty-six (36) months from the Service Commencement Date (the "Term"). The Term may be extended only by written agreement signed by both parties; there is no automatic extension.

## 3. THE SERVICES

3.1 The Provider shall provide the following services (the "Services"):

(a) monitoring, patching and administration of the six (6) physical servers and the virtualisation platform at the Customer's Yanta office;

(b) administration of the two storage arrays holding approximately 180 terabytes of project data, including point clouds and BIM models, with daily backup to the Customer's Qujiang archive room and a weekly encrypted offline copy kept in the Customer's safe;

(c) management of the firewall, switches and wireless network at both locations;

(d) management and security of eighty-five (85) desktops, workstations and laptops, including endpoint protection, software deployment and disk encryption;

(e) a service desk reachable by telephone, e-mail and WeChat from 08:00 to 20:00 on Working Days, with an on-call line at all other times; and

(f) desk-side support by an engineer present at the Yanta office on Working Days.

## 4. TRANSITION AND SERVICE ACCEPTANCE

4.1 The Provider shall complete transition, including the takeover of credentials from the Customer's former contractor, within forty-five (45) days after signature.

4.2 The Customer shall issue a transition certificate (the "Transition Certificate") when the following have been demonstrated: (a) every server, storage array and network device reports to the monitoring console; (b) all eighty-five (85) end-user devices are enrolled, encrypted and reporting; (c) a test restore from backup of a project folder of not less than 500 gigabytes, and of one server from its image, has succeeded; and (d) the run book and network documentation have been approved by the Customer's IT coordinator.

4.3 If transition is not completed within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to a maximum of CNY 60,000, as liquidated damages, which may be deducted from the Charges.

## 5. SERVICE LEVELS

5.1 Incidents shall be prioritised and handled as follows:

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | Storage, a server or the office network unavailable; any security incident | 30 minutes, at any time | 6 hours |
| Priority 2 | Several users or one business application affected | 1 hour on Working Days | 1 Working Day |
| Priority 3 | One user affected | 2 working hours | 3 Working Days |
| Priority 4 | Service request or question | 1 Working Day | as agreed |

5.2 The servers, storage arrays and office network shall together achieve an availability of 99.95% in each calendar month, excluding maintenance windows agreed in advance with the Customer.

5.3 If a Service Level is missed, the Provider shall credit against the following month's Charges: 3% of the Monthly Service Charge for each Priority 1 incident whose response or restoration time is missed; 1% for each Priority 2 incident so missed; and 5% for each 0.1 percentage point, or part of one, by which availability falls short of Clause 5.2. Credits in any month shall not exceed 25% of that month's Monthly Service Charge.

## 6. CHARGES AND PAYMENT

6.1 At the Customer's request, all Charges are stated and payable in Chinese yuan (CNY). They include VAT and are fixed for the Term:

| Element | Basis | Monthly (CNY) |
|---|---|---|
| End-user support | 85 users x CNY 360 | 30,600 |
| Server management | 6 servers x CNY 1,450 | 8,700 |
| Storage and backup | 2 arrays and backup copies | 4,300 |
| Network management | 2 locations | 3,200 |
| **Monthly Service Charge** | | **46,800** |

6.2 The Monthly Service Charge over thirty-six (36) months amounts to CNY 1,684,800. A one-off Transition Charge of CNY 64,000 is payable after the Transition Certificate has been issued. The total Charges under this Agreement are therefore CNY 1,748,800.

6.3 The Monthly Service Charge is invoiced monthly in arrears and payable within thirty (30) days of receipt. No sum is payable in advance of the Services being provided.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data is and shall remain the property of the Customer. The Provider acquires no right in it and shall process it only to perform the Services, on the Customer's written instructions, and for no other purpose.

7.2 Customer Data shall remain on the Customer Systems in the People's Republic of China, and the Provider's staff outside the People's Republic of China shall have no access to it. Administrative access shall use named accounts with multi-factor authentication and shall be logged. The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and shall handle survey data of protected heritage sites according to the Customer's classification instructions.

7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data or the Customer Systems within two (2) hours, shall contain and remedy it at its own cost, and shall be responsible for all loss suffered by the Customer as a result of an incident caused by its breach of this Clause 7.

## 8. CONFIDENTIALITY

8.1 Each party shall keep secret and confidential all information of the other party obtained in connection with this Agreement, including the Customer's project data, client lists and fee proposals, and shall not disclose it without the other party's prior written consent, except as required by law. This Clause continues to apply for five (5) years after the end of this Agreement.

## 9. INTELLECTUAL PROPERTY

9.1 All documentation, run books, scripts and configurations produced by the Provider for the Customer shall belong to the Customer upon creation, and the Customer may use, modify and license them freely, including to any successor provider.

## 10. SUBCONTRACTING

10.1 The on-site Services in Xi'an shall be performed by the Provider's wholly owned subsidiary, May Isle IT Services (Xi'an) Co., Ltd., which the Customer approves by signing this Agreement. The Provider shall not otherwise subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any subcontractor as for itself.

## 11. LIABILITY

11.1 Nothing in this Agreement excludes or limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7.

11.2 Subject to Clause 11.1, the total liability of the Provider under or in connection with this Agreement, whether arising in contract, delict, breach of statutory duty or otherwise, shall not exceed one hundred and fifty per cent (150%) of the total Charges payable over the Term. Neither party shall be liable for loss of profit or for indirect or consequential loss.

## 12. TERMINATION AND EXIT

12.1 The Customer may terminate this Agreement by written notice with immediate effect if the Provider (a) commits a material breach which is not remedied within twenty (20) days after written notice requiring it to be remedied; (b) misses the Priority 1 Service Levels in any three months within a period of six months; or (c) becomes insolvent.

12.2 On expiry or termination the Provider shall, for up to sixty (60) days, assist the transfer of the Services to the Customer or a successor provider, handing over all credentials, documentation and configurations, free of charge where termination results from the Provider's breach.

## 13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

13.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

## 14. GENERAL

14.1 This Agreement, with its Schedules, is the entire agreement between the parties. No variation is effective unless made in writing and signed by both parties.

**IN WITNESS WHEREOF** these presents, consisting of this and the preceding pages together with the Schedules, are executed as follows:

Signed for and on behalf of MAY ISLE MANAGED SERVICES LIMITED at Anstruther on ____________ 2026 by ____________ (Director) in the presence of ____________ (Witness)

Signed for and on behalf of XI'AN CHANG'AN HERITAGE ARCHITECTURE DESIGN & CONSULTING CO., LTD. at Xi'an on ____________ 2026 by ____________ (Legal Representative) in the presence of ____________ (Witness)

Schedule 1: Customer Systems. Schedule 2: Rates for additional work.
"""

# ---------------------------------------------------------------------------------------------- h148e05 (.txt)
H148E05 = """\
SUBSCRIPTION AND INTEGRATION AGREEMENT
"Borromeo DocFlow" export-document API

Agreement No. IBTD/CN/2026/117

BETWEEN

Isola Bella Trade Documents S.r.l., with registered office at Via del Palazzo 1, Isola Bella, 28838 Stresa (VB), Italy, share capital EUR 150,000 fully paid-up, VAT no. 02718440031, registered with the Companies Register of Monte Rosa Laghi Alto Piemonte under REA no. VB-219874, in the person of its legal representative pro tempore, Dr. Chiara Vitaliano (hereinafter the "Provider"),

AND

Yantai Qixia Golden Orchard Fruit Export Co., Ltd., with registered office at No. 27 Songshan Road, Qixia, Yantai, Shandong Province, People's Republic of China, in the person of its legal representative, Mr. Liu Jianguo (hereinafter the "Customer"),

(hereinafter jointly the "Parties" and each a "Party").

WHEREAS

a) the Customer packs and exports fresh apples, mainly Fuji, to South-East Asia, the Middle East and Central Asia, and handles approximately 1,900 export shipments per year, each requiring a commercial invoice, a packing list, a certificate of origin, a phytosanitary certificate application and customs declaration data;

b) the Provider operates the "Borromeo DocFlow" platform, which generates, validates and submits export documents through an application programming interface (the "API");

c) the Customer wishes to subscribe to the platform and to have its enterprise resource planning system (the "ERP") and its packing-house system integrated with it;

d) the Provider has declared that it has, through its Shanghai subsidiary, the local infrastructure needed to perform this Agreement.

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Recitals and Annexes
1.1 The recitals and the Annexes form an integral and essential part of this Agreement. Annex B is the integration test plan; Annex C lists hosting and subcontractors. In case of conflict, the body of this Agreement prevails.

Article 2 - Definitions
2.1 "Contract Year" means the period from the Service Start Date to the day before its first anniversary, and each following period ending on the day before the next anniversary.
2.2 "Customer Data" means all data transmitted by the Customer to the platform or generated on its behalf, including shipment, price and consignee data and the documents produced.
2.3 "Service Start Date" means the date of the Integration Acceptance Certificate under Article 9.

Article 3 - Subject Matter
3.1 The Provider grants the Customer the right to use the platform and the API for the Customer's own export shipments during the Term, and shall carry out the integration and training described in Article 7.

Article 4 - Term
4.1 The subscription runs for twenty-four (24) months from the Service Start Date (the "Term"). There is no tacit renewal; any extension must be agreed in writing at least sixty (60) days before the end of the Term.

Article 5 - Fees
5.1 At the Customer's request the fees are expressed and payable in Chinese yuan (CNY). They include VAT and are fixed for the Term:
- Subscription fee: CNY 238,000 per Contract Year, for two Contract Years: CNY 476,000, including API calls for all of the Customer's own shipments without limit, document storage for five years, and support;
- Integration fee (one-time): CNY 186,000;
- Training (one-time, two sessions in Yantai): CNY 14,000;
- Total contract value: CNY 676,000.

Article 6 - Invoicing and Payment
6.1 Upon signature of this Agreement the Provider shall invoice the whole Integration fee together with the Subscription fee for the first Contract Year, in total CNY 424,000. The Customer shall pay that invoice within fifteen (15) days of receipt and in any case before the Provider begins the integration work.
6.2 The Subscription fee for the second Contract Year is invoiced at the start of that Contract Year and payable within thirty (30) days. The training fee is invoiced after the training.

Article 7 - Integration
7.1 The Provider shall: (a) map the Customer's ERP sales orders and the packing-house pallet and carton data to the platform's document model; (b) build connectors for both systems; (c) configure document templates, consignee master data and the rule sets of the Customer's eleven destination markets; (d) set up the Customer's connection to the China International Trade Single Window; and (e) train the Customer's documentation team.
7.2 The Provider shall make the integration ready for acceptance testing within ninety (90) days after receipt of the payment under Article 6.1.

Article 8 - Penalty for Delay
8.1 If the integration is not ready for acceptance testing by the date under Article 7.2 for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 200 (two hundred yuan) for each calendar day of delay, up to a maximum of CNY 20,000, without prejudice to compensation for greater damage.

Article 9 - Acceptance of the Integration
9.1 The integration is accepted when, in tests following Annex B: (a) complete document sets for fifty (50) test shipments have been generated from ERP and packing-house data without manual re-keying; (b) the carton and weight totals of every packing list reconcile with the packing-house system; (c) every certificate-of-origin and phytosanitary message has been accepted by the Single Window test environment; and (d) no blocking error remains open.
9.2 When all criteria are met, the Customer signs an Integration Acceptance Certificate within five (5) working days; otherwise the Provider shall remedy the defects and repeat the tests at its own cost. Productive use before the certificate is signed is not acceptance.

Article 10 - Service Levels
10.1 The API and the web portal shall be available at least 99.95% of each calendar month, excluding maintenance announced seventy-two (72) hours in advance and carried out between 00:00 and 06:00 Beijing time.
10.2 Priority 1 incidents (the platform is unavailable, or documents cannot be generated or submitted): response within one (1) hour at any time and a workaround within six (6) hours. Priority 2: response within three (3) hours on working days. Priority 3: response on the next working day.
10.3 Service credits: 5% of the monthly portion of the Subscription fee for each 0.1 percentage point, or part of one, by which availability falls short of Article 10.1, and CNY 1,000 for each hour of delay in responding to a Priority 1 incident, deducted from the next invoice or refunded at the end of the Term.

Article 11 - Customer Data
11.1 Customer Data belongs to the Customer. The Provider processes it in order to provide the services under this Agreement.
11.2 Notwithstanding Article 11.1, the Customer authorises the Provider to use Customer Data in aggregated and anonymised form, during and after the Term, to compile market statistics, export price indices and benchmarks which the Provider may make available to its other clients and to third parties.
11.3 Customer Data is hosted only in mainland China, on servers operated by the Provider's subsidiary Isola Bella Trade Documents (Shanghai) Co., Ltd. The Provider maintains ISO/IEC 27001 certification and an MLPS level-3 filing for the platform, encrypts data in transit and at rest, and grants role-based access with logging. Staff of the Provider in Italy have no access to identifiable Customer Data.
11.4 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve (12) hours, take all necessary remedial measures and compensate the damage caused by its breach of this Article 11. Within thirty (30) days after the end of this Agreement it shall return all Customer Data in a common format and then delete it.

Article 12 - Confidentiality
12.1 Each Party shall keep confidential, and not disclose to third parties, any information concerning the other Party of which it becomes aware in performing this Agreement during the Term and for five (5) years after its end.

Article 13 - Intellectual Property
13.1 The platform and the API, with all their developments, remain the exclusive property of the Provider.
13.2 The connectors, mappings, document templates and rule configurations developed specifically for the Customer, with their source code and documentation, belong to the Customer, which may use, modify and license them freely, also with other providers.

Article 14 - Subcontracting
14.1 The Provider may not subcontract all or part of this Agreement without the prior written consent of the Customer. The Provider's Shanghai subsidiary named in Annex C is approved by the Customer's signature of this Agreement. The Provider remains jointly and severally liable with any subcontractor.

Article 15 - Liability
15.1 Except in the case of wilful misconduct or gross negligence, for which no limit applies, the Provider's total liability under this Agreement shall not exceed two hundred per cent (200%) of the total contract value.

Article 16 - Express Termination Clause
16.1 The Customer may terminate this Agreement by written notice sent by registered mail or certified e-mail if the Provider breaches Article 11.3, 11.4, 12 or 14, or if the penalties under Article 8 reach their maximum.
16.2 Either Party may terminate this Agreement if the other Party fails to remedy a material breach within fifteen (15) days of a formal notice to perform.

Article 17 - Force Majeure
17.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided that it promptly informs the other Party.

Article 18 - Governing Law and Disputes
18.1 At the Customer's request, this Agreement is governed by the law of the People's Republic of China.
18.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Shanghai International Arbitration Center, seated in Shanghai, before three arbitrators, in English.

Article 19 - Final Provisions
19.1 Any amendment must be made in writing and signed by both Parties. The invalidity of any clause does not affect the remaining clauses. This Agreement is made in English.

Read, confirmed and signed.

Stresa / Yantai, ____________ 2026

The Provider ____________________          The Customer ____________________

The Customer declares that it has read and specifically approves the following clauses: Article 6 (Invoicing and Payment), Article 8 (Penalty for Delay), Article 11.2 (Use of aggregated data), Article 15 (Liability), Article 18 (Governing Law and Disputes).

The Customer ____________________
"""

SOURCES = {"h148z01": H148Z01, "h148z02": H148Z02, "h148e01": H148E01, "h148e03": H148E03}
TARGETS = {"h148z01": ("h148z01_provincial_statistics_online_reporting_platform.docx", "docx"),
           "h148z02": ("h148z02_paper_cup_vision_inspection_maintenance.pdf", "pdf"),
           "h148e01": ("h148e01_appliance_maker_plm_licence_irish_vendor.docx", "docx"),
           "h148e03": ("h148e03_scallop_farm_water_quality_buoys.pdf", "pdf")}
PLAIN = {"h148z03_car_wash_chain_membership_saas.md": H148Z03,
         "h148z04_city_library_smart_system_annual_om.txt": H148Z04,
         "h148z05_vinegar_brewer_mes_supplier_template.md": H148Z05,
         "h148e02_rainforest_park_ticketing_saas_german_vendor.txt": H148E02,
         "h148e04_heritage_consultancy_managed_it_scottish_provider.md": H148E04,
         "h148e05_apple_exporter_export_document_api_italian_vendor.txt": H148E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
