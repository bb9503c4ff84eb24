"""holdout194 — builds the ten blind held-out ORDINARY draft contracts of this folder and their labels.

All ten texts are kept here: the .md/.txt files are written as they are, the two .docx (real Word price tables)
and the two .pdf are built with ../word_pdf.py (PDFs with wrap_words=True). After writing, the script
- asserts every price and payment sum,
- writes the .json labels (one-space indent, ensure_ascii=False, no trailing newline),
- re-applies the policy's CR rules (policy.md §3 and §4) to each label's terms and asserts they equal the planned list,
- reads every file back (python-docx / pypdf / plain text), prints its length and scans it for threshold values.
Run with /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h194z01 — 市总工会 职工服务一体化平台 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H194Z01 = """
T:临江市总工会职工服务一体化平台建设项目政府采购合同
P:合同编号：LJZGH-2025-ZC-017
P:采购项目编号：LJCG2025-GK-0386（公开招标）
P:甲方（采购人）：临江市总工会，地址：临江市滨湖区建设路88号
P:乙方（供应商）：江城数联信息技术有限公司，地址：临江市高新区科创大道1216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市总工会职工服务一体化平台建设项目（以下简称"本项目"）订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责建设临江市总工会职工服务一体化平台（以下简称"平台"），包括会员实名入会与会籍管理、普惠服务、困难职工帮扶、职工法律援助、职工之家管理、劳模工匠管理六个业务子系统，以及统一服务门户、"临江工会"微信小程序和管理驾驶舱。
P:1.2 乙方负责提供并安装应用服务器、数据库服务器和分布式存储，完成平台软件部署，与省总工会会员实名制系统及市政务服务平台的接口对接，历史会员数据迁移，系统集成调试和用户培训。
P:1.3 平台部署在甲方指定的市电子政务云机房，按网络安全等级保护第三级要求建设，并使用国产操作系统和数据库。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾壹万元整（¥2,110,000.00），为固定总价，已包含设备、软件、开发、运输、安装、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|职工服务一体化平台软件许可（六个子系统，永久使用）|1套|860,000|860,000
TB:2|应用服务器（2路，64核，512GB内存）|4台|68,500|274,000
TB:3|数据库服务器（2路，国产CPU，1TB内存）|2台|96,000|192,000
TB:4|分布式存储（可用容量200TB）|1套|168,000|168,000
TB:|软硬件小计|||1,494,000
TB:5|定制开发（省总会员接口、政务服务平台接口、微信小程序、管理驾驶舱）|1项|486,000|486,000
TB:6|历史数据迁移（约46万条会员记录）|1项|72,000|72,000
TB:7|实施与培训|1项|58,000|58,000
TB:|合计|||2,110,000
P:2.2 除本合同另有约定外，合同总价不因市场价格、汇率或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥422,000。
P:3.2 平台完成部署并通过初验后10个工作日内，甲方支付合同总价的45%，即¥949,500。
P:3.3 平台试运行期满并通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥738,500。
P:3.4 乙方每次请款前应向甲方开具等额增值税发票。甲方通过财政国库集中支付系统付款，因财政支付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后20日内完成设备到货，在合同生效后90日内完成平台部署并具备初验条件，在合同生效后150日内完成试运行并提请最终验收。
P:4.2 设备到货时由双方共同开箱清点并签署到货单。到货单仅证明货物的型号、数量和外观，不代表验收。
P:4.3 乙方应派驻项目经理一名及不少于六名实施人员驻场，未经甲方书面同意不得更换项目经理。乙方应每周向甲方提交项目周报。
H:第五条 验收
P:5.1 初验条件：（1）六个业务子系统的全部功能点按附件一《功能需求清单》逐项测试通过；（2）与省总工会会员实名制系统、市政务服务平台的接口连续运行7日，数据交换无差错；（3）历史会员记录迁移完成，甲方抽查核对结果一致；（4）在2,000个并发用户下，常用页面平均响应时间不超过3秒。
P:5.2 初验通过后进入60日试运行。试运行期间不得发生一级故障，二级故障累计不超过3次，否则试运行期重新计算。
P:5.3 最终验收条件：试运行期满；第三方测评机构出具的网络安全等级保护第三级测评结论为"符合"或"基本符合"且无高风险问题；全部技术文档、源代码和操作手册移交完毕。甲方在收到乙方书面验收申请后15个工作日内组织验收，并出具书面验收报告。
P:5.4 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换和现场技术支持。
P:6.2 质保期内平台月可用率不低于99.99%，经甲方书面同意的计划内维护时间除外。
P:6.3 故障响应要求：一级故障（平台整体不可用或会员数据无法访问）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障（单个子系统不可用）应在1小时内响应、24小时内解决；三级故障在2个工作日内解决。
P:6.4 乙方每超过上述响应或恢复时限1小时，甲方有权从履约保证金中扣减¥800；平台月可用率每低于约定值0.01个百分点，扣减¥1,000。履约保证金不足的，乙方应在10日内补足。
P:6.5 质保期满后，如甲方续购运维服务，年度运维费不超过软硬件小计的8%，即每年不超过¥119,520，该上限在质保期满后三年内不得上调。运维服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序、接口、小程序、驾驶舱、数据模型及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 平台标准软件的知识产权仍归乙方所有，甲方获得永久、不可撤销的使用许可。乙方保证所交付的软硬件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的会员信息、帮扶记录、法律援助档案等全部数据归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，按照等级保护第三级要求落实访问控制、加密存储、日志审计等措施；实施和运维人员须通过甲方堡垒机访问生产环境，不得将数据复制到甲方环境以外。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、会员个人信息和系统安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应要求其参与本项目的人员签署保密承诺书。保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 逾期超过30日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额和同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包与转让
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方；经同意分包的，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方应在合同签订后5个工作日内向甲方提交合同总价5%的履约保证金，质保期满且无违约情形后无息退还。
P:14.2 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:附件一：功能需求清单；附件二：设备技术参数表；附件三：实施计划。
P:甲方（盖章）：临江市总工会　　　　乙方（盖章）：江城数联信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h194z02 — 胶合板厂 板材表面缺陷检测系统 (hardware + post-warranty maintenance), .pdf, 一、/（一）/1.
# planned: CR-DATA-SECURITY, CR-POST-WARRANTY-FEE
# ---------------------------------------------------------------------------------------------------------------
H194Z02 = """
T:板材表面缺陷检测系统采购及维保合同
P:合同编号：HL-SB-2025-061
P:甲方（买方）：临沂华林板业有限公司，地址：山东省临沂市费县探沂镇工业园
P:乙方（卖方）：苏州视衡智能装备有限公司，地址：江苏省苏州市吴中区木渎镇金枫南路
P:鉴于甲方拟在其费县工厂三条胶合板砂光生产线上加装板材表面缺陷在线检测与自动分级系统，乙方具备相应的设备制造、软件开发和现场服务能力，双方经友好协商，依据《中华人民共和国民法典》订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方为甲方三条砂光线各提供一套板材表面缺陷检测系统，每套包括线阵相机及镜头六组、LED线光源及控制器六组、工控机一台、自动分级分拣执行机构一套、检测软件许可一套，以及机架、防护罩和线缆。
P:（二）系统应能在线识别死节、活节、裂缝、鼓泡、脱胶、补片、砂透、污斑八类缺陷，并按甲方《胶合板面板分等规则》将板材分为A、B、C及降等四级，分级结果实时输出至分拣机构和甲方生产看板。
P:（三）乙方负责设备安装调试、缺陷样本标注与识别模型调优、操作与维护培训，以及本合同第七条约定的质保期满后维保服务。
P:（四）培训对象为甲方每条线的操作工、设备维修工和质检员，每条线不少于8人；培训内容包括系统操作、日常清洁与校准、常见故障处理和分级规则调整，培训结束后由乙方组织考核。
H:二、合同价款
P:（一）本合同总价为人民币壹佰叁拾陆万壹仟元整（¥1,361,000），含13%增值税。分项如下：
P:1. 线阵相机及镜头：18组，单价¥23,800，合计¥428,400；
P:2. LED线光源及控制器：18组，单价¥6,200，合计¥111,600；
P:3. 工控机（含GPU加速卡）：3台，单价¥42,000，合计¥126,000；
P:4. 自动分级分拣执行机构：3套，单价¥86,000，合计¥258,000；
P:5. 检测软件许可（永久使用）：3套，单价¥65,000，合计¥195,000；
P:6. 机架、防护罩及线缆：3套，单价¥18,500，合计¥55,500；
P:以上软硬件小计¥1,174,500。
P:7. 安装调试费：¥96,000；
P:8. 缺陷样本标注及模型调优费：¥72,000；
P:9. 培训费：¥18,500。
P:（二）合同总价为固定价格，包含设备运输、保险、装卸、安装、调试及质保期内的全部服务费用。质保期满后的维保费用按第七条另行计收，不包含在合同总价内。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%作为预付款，即¥272,200。
P:（二）全部设备到货并安装完毕后10个工作日内，甲方支付合同总价的50%，即¥680,500。到货和安装完毕均不视为验收。
P:（三）系统验收合格、双方签署验收证书后10个工作日内，甲方支付合同总价的25%，即¥340,250。
P:（四）剩余5%即¥68,050作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同签订后45日内将全部设备运抵甲方费县工厂，并在到货后20日内完成三条砂光线的安装调试。
P:（二）安装应利用甲方的计划停线时间进行，每条线停线时间不超过36小时，具体时间由甲方生产部门安排。
P:（三）安装期间乙方人员应遵守甲方的安全生产、防火和粉尘防爆管理制度，因乙方人员违规造成的事故由乙方负责。
H:五、验收
P:（一）安装调试完成后，系统进入连续30日的试运行。试运行期满，按下列标准验收：
P:1. 检测速度：砂光线线速度每分钟60米时，每张板均完成检测，不漏拍；
P:2. 检测准确：以甲方质检员复核的不少于3,000张板为样本，漏检板不超过60张，误判板不超过90张；
P:3. 分拣执行：分拣动作与分级结果一致，试运行期间无卡板、无错位分拣；
P:4. 运行稳定：试运行期间未发生导致整线停检超过2小时的故障；
P:5. 资料齐全：设备清单、接线图、操作手册、维护手册和模型版本记录全部移交。
P:（二）试运行期满后，甲方在10个工作日内组织验收，合格的由双方签署验收证书；不合格的，乙方应在15日内整改并重新验收，整改期间的停线损失由乙方承担。
H:六、质量保证
P:（一）系统质保期为十八个月，自验收证书签署之日起计算。质保期内，乙方免费维修或更换有缺陷的设备和部件，免费提供软件升级和模型再训练。
P:（二）故障响应：导致整线停检的一级故障，乙方应在1小时内远程响应，8小时内派员到达现场，24小时内恢复检测；其他故障在2个工作日内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每超时1小时，向甲方支付¥500；因系统误判造成甲方批量降等或客户退货的，乙方应赔偿甲方的直接损失。
H:七、质保期满后维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，内容包括每季度一次的现场巡检与相机、光源校准，易损件更换，软件升级及故障处理，响应时限同第六条（二）。
P:（二）年度维保费按软硬件小计的18%计收，即每年¥211,410，按季度支付。乙方承诺质保期满后三年内不上调维保费。
P:（三）维保服务首期为三年，期满后是否续签由双方另行协商，不自动续期。
H:八、知识产权
P:（一）检测软件的知识产权归乙方所有，甲方获得永久、不可转让的使用许可。
P:（二）乙方根据甲方缺陷样本训练形成的识别模型参数、分级规则配置和标注数据集归甲方所有，甲方有权自行使用、修改或交由第三方维护。
H:九、检测数据
P:检测图像、缺陷记录、分级统计及其他生产数据归甲方所有，乙方仅可为履行本合同之目的使用。
H:十、保密
P:双方对在履行本合同过程中知悉的对方技术资料、商业信息和生产工艺负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
P:（二）系统经两次整改仍不能通过验收的，甲方有权退货并解除合同，乙方应退还全部已付款项，并承担拆除费用。
P:（三）甲方逾期付款的，按逾期金额和同期贷款市场报价利率向乙方支付利息。
H:十二、分包
P:机架焊接和现场布线可由乙方委托具有相应资质的第三方实施，但须事先取得甲方书面同意，乙方对分包部分承担全部责任。其余工作不得分包。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交临沂仲裁委员会仲裁。
H:十五、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日致使合同目的不能实现的，任何一方均可解除本合同。
H:十六、其他
P:（一）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:（二）附件：1. 设备技术规格书；2. 安装进度计划；3. 培训计划。
P:甲方（盖章）：临沂华林板业有限公司　　乙方（盖章）：苏州视衡智能装备有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h194z03 — 儿童乐园连锁 票务与会员 SaaS, three years + 实施, .md, Markdown headings (no clause numbers)
# planned: CR-AUTO-RENEWAL, CR-DATA-OWNERSHIP, CR-SLA-AVAILABILITY
# ---------------------------------------------------------------------------------------------------------------
H194Z03 = """# 乐趣岛儿童乐园票务与会员管理系统 SaaS 服务合同

**合同编号**：LQD-IT-2025-009

**甲方（客户）**：成都乐趣岛儿童乐园连锁管理有限公司
地址：四川省成都市武侯区天府大道北段1700号

**乙方（服务商）**：杭州票立方科技有限公司
地址：浙江省杭州市滨江区长河街道江南大道3850号

甲方经营26家室内儿童乐园门店。为统一门店票务、会员和储值业务，甲方选定乙方提供"票立方"票务与会员管理云服务。双方经协商一致，订立本合同。

## 服务内容

1. 乙方通过其"票立方"云平台向甲方总部及26家门店提供票务与会员管理SaaS服务，包括：门票与套票销售、分时段预约、次卡和年卡、储值与积分、会员等级与权益、微信小程序购票、闸机核销、收银POS、营销活动和经营报表。
2. 乙方负责实施工作：门店开通与参数配置，26家门店闸机及POS设备对接，美团、抖音团购核销接口对接，原会员系统数据迁移，以及门店店长和收银员培训。培训采用集中培训与门店现场指导相结合的方式，每家门店上线当日乙方应派员到场支持。
3. 服务期为三年，自上线验收合格之日起计算。服务期内甲方新增门店的，按本合同单价按月折算增加订阅费。

## 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店版订阅费 | 26家 × 9,600元/店/年 × 3年 | 748,800 |
| 总部管理端订阅费 | 36,000元/年 × 3年 | 108,000 |
| 实施费 | 一次性 | 126,000 |
| 会员数据迁移费 | 一次性（约38万名会员） | 28,000 |
| **合计** | | **1,010,800** |

以上价格含6%增值税。除本合同另有约定外，服务期内订阅费单价不变。

## 付款

1. 本合同不设预付款。
2. 实施费和会员数据迁移费共计¥154,000，在上线验收合格后15个工作日内一次性支付。
3. 订阅费按季度结算，每季度¥71,400，甲方在每个服务季度结束后15个工作日内支付。
4. 乙方每次收款前应开具等额增值税专用发票。

## 上线与验收

1. 乙方应在合同签订后60日内完成全部门店上线。
2. 上线验收标准：
   - 26家门店全部切换到新系统，并连续运行14日无一级故障；
   - 闸机扫码核销平均用时不超过1秒；
   - 小程序在3,000个并发下单请求下能正常下单，页面响应时间不超过2秒；
   - 迁移后的会员余额、积分和次卡剩余次数与原系统逐户核对一致；
   - 美团、抖音团购核销与平台对账连续7日无差异。
3. 门店开始使用系统不视为验收合格。乙方提交验收申请后，甲方在7个工作日内组织验收，验收合格以甲方书面签署的验收报告为准。

## 服务水平

1. 系统月可用率不低于99.5%，经甲方同意的计划维护时间除外。计划维护应安排在每日0:00至6:00之间，并提前3日通知甲方。
2. 故障响应：一级故障（任一门店购票、核销或收银完全不可用）15分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；一般问题1个工作日内答复。
3. 服务抵扣：月可用率低于约定值的，每低0.1个百分点抵扣当月订阅费的5%，最高抵扣当月订阅费的50%；一级故障恢复每超时1小时，抵扣¥1,000。抵扣金额从下一季度订阅费中扣除。
4. 节假日（春节、五一、国庆及暑假）期间，乙方应安排专人7×24小时值守。

## 数据

1. 甲方及其会员在使用服务过程中产生的会员信息、交易记录、储值余额和预约数据（"甲方数据"）归甲方所有。
2. 乙方有权将甲方数据进行去标识化处理后，与其他客户的数据汇总，用于编制行业客流与消费分析报告和优化产品功能；该项权利在本合同终止后继续有效。
3. 数据安全：乙方平台部署于阿里云华东（杭州）地域，已通过网络安全等级保护第三级测评。甲方数据加密存储和传输，按门店和角色分配访问权限，操作日志保存不少于六个月。乙方应遵守《个人信息保护法》关于儿童个人信息的特别规定。发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方承担赔偿责任。
4. 本合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认导出完整后删除平台上的甲方数据。

## 知识产权

1. 票立方平台及其标准功能的知识产权归乙方所有。
2. 乙方为甲方定制的小程序页面、会员权益规则配置、报表模板和团购核销接口程序归甲方所有，甲方可自由使用、修改并许可第三方使用。

## 甲方责任

1. 甲方应指定项目负责人，按乙方实施计划及时提供门店资料、价格体系、会员权益规则和原会员系统数据。
2. 甲方负责门店网络、闸机和POS硬件的采购与安装，并确保其符合乙方提供的对接规范。
3. 甲方应妥善保管其账号和密码；因甲方人员泄露账号造成的损失由甲方自行承担。

## 保密

双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，但法律法规要求披露的除外。本条在合同终止后两年内继续有效。

## 分包

乙方使用的云基础设施由阿里云提供，甲方签署本合同即表示同意。除此以外，乙方不得将本合同项下的服务分包或委托第三方实施；确需分包的，应事先取得甲方书面同意。

## 违约责任

1. 乙方未按期完成全部门店上线的，每逾期一日，向甲方支付违约金¥800。
2. 因乙方原因导致会员数据丢失或错误的，乙方应负责恢复，并赔偿甲方向会员作出补偿的费用。
3. 甲方逾期付款的，按逾期金额和同期贷款市场报价利率向乙方支付利息。

## 续期

1. 服务期满前60日，任何一方未书面通知对方不再续约的，本合同自动续期二年，续期可连续发生。
2. 每次续期时，乙方有权根据市场情况上调订阅费单价，上调幅度不超过当期单价的10%，并应在续期开始前30日书面通知甲方。

## 合同解除

1. 乙方严重违约（包括连续两个月月可用率低于约定值），经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，双方按实际服务期间结算订阅费。
2. 甲方逾期付款超过60日，经乙方书面催告后仍未支付的，乙方可暂停服务，但应提前7日通知甲方。

## 不可抗力

因自然灾害、公共卫生事件、政府管制或基础电信网络大面积故障等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。

## 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：成都乐趣岛儿童乐园连锁管理有限公司
乙方（盖章）：杭州票立方科技有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h194z04 — 区水务局 排水管网监测平台 年度运维 (政府采购 询价), .txt, "1. 标题" + 1.1
# planned: CR-CONFIDENTIALITY, CR-SUBCONTRACT
# ---------------------------------------------------------------------------------------------------------------
H194Z04 = """排水管网监测平台运行维护服务合同

项目名称：临河区排水管网监测平台2025—2026年度运行维护服务
采购方式：询价
项目编号：LHCG-2025-XJ-0143
合同编号：LHSW-YW-2025-22

甲方（采购人）：江州市临河区水务局
地址：江州市临河区滨河东路56号
乙方（供应商）：浙江清渠环境科技有限公司
地址：浙江省湖州市吴兴区二环东路1688号

根据《中华人民共和国政府采购法》及其实施条例、本项目询价通知书、乙方响应文件和成交通知书，双方就临河区排水管网监测平台运行维护服务订立本合同。

1. 服务范围
1.1 平台运维：排水管网监测平台软件（含管网GIS一张图、液位与流量实时监测、溢流预警、内涝研判模块）及其数据库、接口的日常运行维护、缺陷修复和小版本升级。
1.2 前端设备运维：液位计186台、流量计42台、水质监测站9座、井盖监测传感器64个的巡检、清洁、校准、故障维修和电池更换。
1.3 通信保障：前端设备物联网通信卡301张的费用缴纳、流量监控和异常处理。
1.4 汛期保障：每年6月1日至9月30日为汛期，乙方提供7×24小时值守；气象部门发布暴雨蓝色及以上预警期间，乙方应派员在甲方指挥中心驻守。
1.5 报告服务：每月5日前提交上月运行维护月报和监测数据分析报告，汛期每场降雨后2日内提交降雨过程分析。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同自动终止，不自动续期。下一服务期由甲方依法另行组织采购。

3. 合同价款
3.1 本合同总价为人民币肆拾伍万陆仟贰佰玖拾陆元整（¥456,296.00），为固定总价，包括人工、交通、工具、备品备件、通信费、税费等全部费用。分项如下：
    序号  服务内容                单价（元）  数量    金额（元）
    1     平台软件运行维护        96,000      1项     96,000
    2     液位计巡检维护          520         186台   96,720
    3     流量计巡检维护          1,380       42台    57,960
    4     水质监测站运行维护      6,800       9座     61,200
    5     井盖监测传感器维护      180         64个    11,520
    6     物联网通信费            96          301张   28,896
    7     备品备件包干            42,000      1项     42,000
    8     汛期值守保障            38,000      1项     38,000
    9     月报及数据分析          24,000      1项     24,000
          合计                                        456,296
3.2 服务期内设备数量增减超过原数量的十分之一的，双方按上表单价另行结算。

4. 付款方式
4.1 本合同不设预付款。
4.2 服务费按季度支付，每季度¥114,074。甲方在每季度考核完成后15个工作日内，根据考核结果扣除考核扣款后支付。
4.3 乙方应在每次付款前开具合法有效的发票。

5. 服务要求与考核
5.1 平台月可用率不低于99.95%，计划内维护须提前2个工作日报甲方同意并安排在非汛期夜间进行。
5.2 平台一级故障（平台无法访问、监测数据全部中断或预警功能失效）：乙方应在30分钟内响应，2小时内到场，6小时内恢复。二级故障（部分模块或部分片区数据异常）：2小时内响应，24小时内恢复。
5.3 前端设备故障应在48小时内修复或更换；汛期内应在24小时内修复或更换。
5.4 乙方应在服务期开始前完成与原运维单位的交接；在服务期开始后20日内完成全部前端设备的首次全面巡检并提交设备台账；在2026年5月20日前完成全部设备的汛前检修。
5.5 考核扣款：响应、到场或恢复每超时1小时扣¥300；平台月可用率每低于约定值0.01个百分点扣¥500；前端设备修复每逾期一日每台扣¥100。每季度考核扣款累计不超过当季服务费的20%。

6. 考核与验收
6.1 甲方每季度末依据第5条指标、工单系统记录和巡检记录对乙方进行考核，出具季度考核表，乙方应签字确认。
6.2 服务期满后，甲方组织年度验收。验收标准为：各月平台可用率均达到约定值；设备台账与现场一致；全部故障工单闭环；月报和降雨分析报告齐全；备品备件使用清单核对无误。甲方出具书面验收意见。

7. 数据安全
7.1 平台的全部监测数据、管网基础数据和设备台账归甲方所有，乙方仅可为履行运维服务处理上述数据。
7.2 乙方运维人员须实名登记，通过甲方指定的VPN和堡垒机访问平台，操作全程留痕；不得将监测数据和管网图层下载或拷贝到非甲方设备，不得向任何第三方提供。
7.3 乙方应按网络安全等级保护第二级要求落实账号口令管理、漏洞修补和病毒防护。发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

8. 成果归属
8.1 运维期间形成的月报、分析报告、设备台账、配置文件和运维脚本归甲方所有，甲方可自由使用和修改。

9. 服务委托
9.1 乙方可将前端设备清洁、井下作业等辅助性工作委托具备相应资质的第三方实施，但应在委托前5个工作日书面告知甲方，并对受托方的工作承担全部责任。

10. 违约责任
10.1 乙方未按第5.4条约定时间完成交接、首次全面巡检或汛前检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 汛期内因乙方未及时修复设备导致预警失效，造成甲方或第三方损失的，乙方应承担赔偿责任。
10.3 甲方无正当理由逾期付款的，按逾期金额和同期贷款市场报价利率支付利息。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或有其他严重违约行为，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。

12. 安全生产
12.1 井下及有限空间作业必须执行"先通风、再检测、后作业"的规定，配备气体检测仪和防护装备，并设专人监护。乙方对其人员的人身安全负责。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方两份。
14.2 询价通知书、乙方响应文件和成交通知书为本合同附件。

甲方（盖章）：江州市临河区水务局          乙方（盖章）：浙江清渠环境科技有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h194z05 — 笋干加工企业 MES licence + 定制开发, supplier's own template, .md, 第X条 + （一）
# planned (many): CR-ACCEPTANCE, CR-IP-OWNERSHIP, CR-LD-LOW, CR-LIABILITY-CAP, CR-POST-WARRANTY-FEE, CR-PREPAYMENT,
#                 CR-SLA-NO-REMEDY, CR-SLA-RESPONSE, CR-SUBCONTRACT, CR-WARRANTY
# ---------------------------------------------------------------------------------------------------------------
H194Z05 = """# 智造云联MES软件销售及实施合同

*（厦门智造云联软件有限公司标准合同文本 V4.0）*

合同编号：ZZYL-MES-2025-0412

甲方（买方）：建瓯山珍笋业食品有限公司
地址：福建省南平市建瓯市东峰镇工业集中区

乙方（卖方）：厦门智造云联软件有限公司
地址：福建省厦门市集美区软件园三期B区

甲方因笋干生产管理需要，向乙方购买"智造云联MES"软件并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

（一）智造云联MES标准版软件许可一套，包含生产计划、工单管理、批次追溯、质量管理、仓储管理、设备管理六个标准模块，部署于甲方本地服务器，用户数不限。

（二）定制开发：鲜笋收购过磅与原料批次登记、蒸煮和烘干工序的温度与时长参数自动采集、笋干分级称重设备对接、食品安全追溯二维码生成、与甲方用友U8财务系统的接口。

（三）实施服务：需求调研、系统部署、基础数据初始化、上线支持。

（四）培训服务：系统管理员培训2人次，车间班组长和操作人员培训不超过40人次，培训在甲方现场集中进行，共计4个工作日。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云联MES标准版软件许可 | 420,000 |
| 2 | 定制开发 | 286,000 |
| 3 | 实施服务 | 64,000 |
| 4 | 培训服务 | 14,000 |
| | 合计 | 784,000 |

合同总价为人民币柒拾捌万肆仟元整（¥784,000），含增值税。甲方所需的服务器、网络、扫码枪、打印机等硬件由甲方自行采购。

## 第三条 付款方式

（一）合同签订后5个工作日内，甲方支付合同总价的50%，即¥392,000。

（二）系统上线运行后5个工作日内，甲方支付合同总价的45%，即¥352,800。

（三）系统上线运行满三个月后5个工作日内，甲方支付合同总价的5%，即¥39,200。

（四）甲方未按期付款的，乙方有权暂停开发、实施和服务，工期相应顺延。

## 第四条 交付与上线

（一）乙方在收到甲方首笔款项后90日内完成系统部署和上线。因甲方需求变更、数据准备不及时或硬件未到位导致的延误，工期相应顺延。

（二）上线日期以乙方向甲方发出的《上线通知书》载明的日期为准。

（三）甲方应在合同签订后10日内指定项目联系人，按乙方要求准备服务器、网络和车间终端，整理物料编码、工艺路线、质量标准和期初库存等基础数据，并安排关键用户全程参与实施。

（四）实施过程中甲方提出的需求变更，应以书面形式提交乙方；乙方评估后报价，经甲方书面确认后实施，工期相应顺延。

## 第五条 验收

系统安装部署完成并上线运行，即视为甲方验收合格。甲方在上线后7日内未提出书面异议的，亦视为验收合格。甲方对系统功能的后续修改要求按需求变更处理，费用另计。

## 第六条 免费维护期

（一）自系统上线之日起六个月为免费维护期。免费维护期内，乙方免费修复软件缺陷，提供远程技术支持。

（二）因甲方操作不当、擅自修改配置、硬件故障或病毒等原因引起的问题，不属于免费维护范围。

（三）免费维护期内乙方提供的服务以远程方式为主。确需现场服务的，乙方在收到甲方书面申请后安排，现场服务的差旅费用由甲方承担。

## 第七条 服务响应

（一）乙方提供工作日9:00—17:30的电话和远程支持。

（二）响应时限：一级故障（系统无法登录或全厂工单无法下达）8小时内响应；二级故障（单个模块不可用）2个工作日内响应；三级问题（操作咨询）5个工作日内答复。

（三）上述响应时限为乙方的服务目标。乙方未能达到的，不承担任何扣款、赔偿或违约责任。

## 第八条 维保服务

免费维护期满后，甲方如需乙方继续提供维护服务，双方按乙方当年公布的维保服务价格标准签订年度维保合同，维保费用按年预付。未签订维保合同的，乙方不再提供维护和升级服务。

## 第九条 知识产权

（一）智造云联MES标准软件及乙方为本合同定制开发的全部成果（包括源代码、工艺参数模型、接口程序、报表和文档），其知识产权均归乙方所有。

（二）甲方获得上述软件和成果的非独占、不可转让的使用许可，仅限甲方内部使用，不得修改、反编译，不得交由第三方维护。

## 第十条 数据

（一）甲方录入和系统运行产生的生产、质量、库存和追溯数据归甲方所有，乙方仅为实施和维护目的接触上述数据。

（二）系统部署于甲方本地服务器。乙方远程维护须使用甲方分配的账号，操作日志由系统自动记录；乙方不得将甲方数据复制带离甲方服务器。

（三）发生数据泄露或丢失等安全事件的，乙方应在24小时内通知甲方并配合处置；因乙方原因造成的，乙方承担相应的赔偿责任。

## 第十一条 保密

双方对在合作过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

## 第十二条 合作伙伴

乙方有权将部分实施工作及现场设备对接工作委托其授权合作伙伴完成，无需另行取得甲方同意，委托后书面告知甲方即可。

## 第十三条 违约责任

（一）因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

（二）甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

（三）乙方在本合同项下累计承担的全部赔偿责任（含违约金）以合同总价的20%为限。乙方不承担任何间接损失、利润损失或数据损失。

## 第十四条 合同解除

任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。甲方解除合同的，乙方已完成的工作和已交付的软件许可费用不予退还。

## 第十五条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十六条 不可抗力

因不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力包括但不限于自然灾害、疫情、政府行为、电力或通信中断以及第三方软硬件故障。

## 第十七条 其他

（一）本合同未尽事宜，由双方协商解决。双方往来通知以书面或电子邮件方式发送至本合同首部地址。

（二）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：建瓯山珍笋业食品有限公司
乙方（盖章）：厦门智造云联软件有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h194e01 — Shantou toy-robot maker, motion-programming software perpetual licence + configuration + support;
# vendor on Illaunmore (Ireland), Irish house style, "Clause N" + 1.1, .txt
# planned: CR-GOVERNING-LAW only (low)
# ---------------------------------------------------------------------------------------------------------------
H194E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

THIS AGREEMENT is made on the ____ day of ______________ 2025

BETWEEN:

(1) KINETICA MOTION SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland under the Companies Act 2014 (registered number 648213), having its registered office at The Boathouse, Illaunmore, Lough Derg, County Tipperary, Ireland (the "Licensor"); and

(2) CHENGHAI STARBOLT TOYS CO., LTD. (汕头市澄海区星擎玩具有限公司), a limited liability company established under the laws of the People's Republic of China, having its registered address at No. 18 Yucai Road, Chenghai District, Shantou, Guangdong Province (the "Licensee").

RECITALS

(A) The Licensor licenses MotionForge, a software suite for designing and compiling motion sequences for servo-driven robots.

(B) The Licensee manufactures programmable toy robots and wishes to use MotionForge in Shantou and to embed its runtime library in its products.

(C) At the Licensee's request, all prices under this Agreement are stated and invoiced in Renminbi (CNY).

NOW IT IS HEREBY AGREED as follows:

Clause 1 - Definitions and Interpretation

1.1 In this Agreement: "Acceptance" means the issue of an Acceptance Certificate under Clause 5; "Business Day" means a working day in the People's Republic of China; "Configuration Deliverables" means all work product created for the Licensee under Schedule 2, with its source code and documentation; "Licensee Data" means the Licensee's robot designs, motion files and other data that the Licensor accesses; "Software" means the products listed in Schedule 1 and all updates to them.

1.2 Headings are for convenience only. The Schedules form part of this Agreement.

Clause 2 - Licence

2.1 The Licensor grants to the Licensee a perpetual, irrevocable (save under Clause 13), non-exclusive licence to install and use MotionForge Studio for up to 40 named users.

2.2 The Licensor further grants a perpetual, royalty-free licence to embed the MotionForge Runtime Library in the firmware of the Licensee's products and distribute it with them worldwide, without any limit on units.

2.3 The Licensee may transfer the licences to an affiliate on written notice to the Licensor.

Clause 3 - Price and Payment

3.1 The contract price (the "Contract Price") is CNY 1,314,000, made up as follows:
    (a) MotionForge Studio perpetual licence, 40 named users x CNY 18,600: CNY 744,000;
    (b) MotionForge Runtime Library perpetual licence, unlimited units: CNY 286,000;
    (c) Configuration Services under Schedule 2: CNY 248,000;
    (d) training of up to 24 engineers in Shantou: CNY 36,000.
    Items (a) and (b) together are the "Licence Fees" of CNY 1,030,000.

3.2 The Contract Price is fixed and includes all travel expenses. The Licensee shall pay:
    (a) 25% of the Contract Price (CNY 328,500) within 30 days after signature of this Agreement;
    (b) 50% of the Contract Price (CNY 657,000) within 30 days after the Software has been installed on the Licensee's servers and the Licensee has confirmed installation in writing. Installation is not Acceptance;
    (c) the remaining 25% of the Contract Price (CNY 328,500) within 30 days after Acceptance.

3.3 Any PRC withholding tax on the Licence Fees shall be deducted by the Licensee, which shall provide the official tax receipts.

Clause 4 - Delivery and Configuration

4.1 The Licensor shall deliver the Software electronically within 10 Business Days after signature and shall complete installation within 20 Business Days after signature.

4.2 The Configuration Services in Schedule 2 (servo profiles and motion templates for 14 robot models, a connector to the Licensee's PLM system, and conversion of about 2,600 legacy motion files) shall be ready for Acceptance Tests within 120 days after signature.

4.3 If the Licensor fails to complete installation, or to make the Configuration Services ready for Acceptance Tests, by the dates in Clauses 4.1 and 4.2 for reasons attributable to it, the Licensor shall pay the Licensee liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. This sum is a genuine pre-estimate of loss and not a penalty.

Clause 5 - Acceptance

5.1 The Acceptance Tests in Schedule 3 include at least: (a) each of the 14 robot models executing its 25 reference motion sequences with joint angle deviation not exceeding 0.5 degrees, over 30 consecutive runs; (b) a round trip of 200 motion files through the PLM connector without loss or alteration of data; (c) the opening and playback of every converted legacy motion file; and (d) no open Severity 1 or Severity 2 defect.

5.2 The Licensee shall issue an Acceptance Certificate within 10 Business Days after the Acceptance Tests are passed. If a test fails, the Licensor shall correct the defect and repeat the test at its own cost.

5.3 Installation, use of the Software in the Licensee's production or payment of any instalment shall not constitute Acceptance.

Clause 6 - Warranty

6.1 The Licensor warrants that for 18 months after Acceptance (the "Warranty Period") the Software and the Configuration Deliverables will perform materially in accordance with their documentation and Schedule 3. During the Warranty Period the Licensor shall correct all defects free of charge and provide all updates and new versions of the Software without charge.

6.2 During the Warranty Period the Licensor shall provide support from 08:30 to 18:00 China Standard Time on every day of the year. For a Severity 1 defect (the Software cannot be used or compiled firmware fails on production robots) the Licensor shall respond within 1 hour and provide a workaround within 1 Business Day. For a Severity 2 defect it shall respond within 2 hours and provide a fix within 5 Business Days.

6.3 For each hour by which the Licensor exceeds a response time in Clause 6.2 the Licensee is entitled to a service credit of CNY 1,000, deducted from the next sum due or paid within 30 days.

Clause 7 - Support after the Warranty Period

7.1 After the Warranty Period the Licensee may order annual support and maintenance on the terms of Clause 6. The Annual Support Fee is 12.5% of the Licence Fees, that is CNY 128,750 per year, and shall not be increased for the first three support years.

7.2 Thereafter the Licensor may increase the Annual Support Fee by no more than 3% per year, on at least 90 days' written notice. Support is ordered by written purchase order for one support year at a time and does not renew automatically.

Clause 8 - Intellectual Property

8.1 The Licensor retains all intellectual property rights in the Software.

8.2 All intellectual property rights in the Configuration Deliverables vest in the Licensee upon creation, and the Licensee may use, modify and license them freely. Where a Configuration Deliverable incorporates pre-existing tools of the Licensor, the Licensee receives a perpetual, royalty-free licence to use them as part of it.

8.3 The Licensor shall indemnify the Licensee against third-party infringement claims.

Clause 9 - Data Protection and Security

9.1 Licensee Data belongs to the Licensee. The Licensor shall process Licensee Data only to perform this Agreement and on the Licensee's documented instructions.

9.2 The Software is installed on the Licensee's servers in Shantou. The Licensor may access them remotely only through the Licensee's VPN, in sessions approved in advance, and shall not copy Licensee Data outside the Licensee's network. The Licensor shall comply with the PRC Cybersecurity Law and Data Security Law and allow access only to named, trained personnel.

9.3 The Licensor shall notify the Licensee within 24 hours of any actual or suspected unauthorised access to, or loss of, Licensee Data, shall co-operate in remedying it, and shall be liable for all losses that the Licensee suffers as a result of a breach of this Clause 9 by the Licensor or its personnel.

Clause 10 - Confidentiality

10.1 Each party shall keep confidential all confidential information of the other party, including the Licensee's unreleased product designs, and use it only for this Agreement, for five years after termination.

Clause 11 - Limitation of Liability

11.1 Subject to Clause 11.2, the total liability of the Licensor under or in connection with this Agreement shall not exceed 150% of the Contract Price.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud, wilful misconduct, or breach of Clause 9 or Clause 10.

11.3 Neither party is liable for indirect or consequential loss.

Clause 12 - Subcontracting and Assignment

12.1 The Licensor shall not subcontract any of its obligations under this Agreement without the prior written consent of the Licensee, and remains responsible for the acts and omissions of any approved subcontractor.

12.2 Neither party may assign this Agreement without the prior written consent of the other, save as permitted by Clause 2.3.

Clause 13 - Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice, or if the other party has a receiver, liquidator or examiner appointed.

13.2 The Licensee may also terminate this Agreement by written notice if the liquidated damages under Clause 4.3 reach their maximum.

13.3 Termination by the Licensor shall not affect the licences under Clause 2 for which the Licence Fees have been paid.

Clause 14 - Force Majeure

Neither party is liable for delay caused by events beyond its reasonable control. If such an event continues for more than 60 days, either party may terminate this Agreement.

Clause 15 - Governing Law and Jurisdiction

15.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland.

15.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 16 - General

16.1 This Agreement is the entire agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties.

SCHEDULE 1 - Software: MotionForge Studio 6.2; MotionForge Runtime Library 6.2 for ARM Cortex-M.
SCHEDULE 2 - Configuration Services (servo profiles, motion templates, PLM connector, legacy file conversion).
SCHEDULE 3 - Acceptance Tests.

SIGNED for and on behalf of KINETICA MOTION SOFTWARE LIMITED: ____________________ Director

SIGNED for and on behalf of CHENGHAI STARBOLT TOYS CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h194e02 — Chishui waterfall park, ticketing SaaS, Order Form + General Terms; vendor on the Insel Werder
# (Werder (Havel), Germany), German house style "§ N (1)", .md
# planned: CR-GOVERNING-LAW, CR-LIABILITY-CAP, CR-SUBCONTRACT
# ---------------------------------------------------------------------------------------------------------------
H194E02 = """# Order Form No. WT-2025-0718

**Vendor:** Werderaner Ticketsysteme GmbH, Inselstraße 7, Insel Werder, 14542 Werder (Havel), Germany; registered with the Local Court (Amtsgericht) Potsdam under HRB 31877 P; Managing Director: Dr. Henrike Lindemann ("Vendor")

**Customer:** Chishui Danxia Waterfall Scenic Area Operation Co., Ltd. (赤水丹霞瀑布景区运营有限公司), No. 2 Shizhangdong Road, Chishui, Guizhou Province, People's Republic of China ("Customer")

This Order Form and the General Terms and Conditions for Ticketing Services of the Vendor (Version 3.2) attached below together form the "Agreement". In case of conflict the Order Form prevails.

## 1. Ordered Services

| Item | Description | Quantity | Charge (CNY) | Term | Total (CNY) |
|---|---|---|---|---|---|
| A | Ticketing Platform subscription: online sales, timed-entry slots, daily capacity management, shuttle-bus seat booking, reporting | 1 park | 22,800 per month | 36 months | 820,800 |
| B | Gate Access Module: QR and ID-card validation at turnstiles | 24 lanes | 380 per lane per month | 36 months | 328,320 |
| C | Onboarding: configuration, integration with Ctrip, Meituan and the Customer's WeChat mini-program, interface to the Customer's finance system, staff training | one-time | 168,000 | - | 168,000 |
| | **Total Contract Value** | | | | **1,317,120** |

At the Customer's request, all charges are stated and invoiced in Renminbi (CNY). Charges include PRC value added tax.

## 2. Commercial Terms

- **Subscription Term:** 36 months from the date of Go-Live Acceptance. The Agreement ends automatically at the end of the Subscription Term; any extension requires a new Order Form signed by both parties.
- **Invoicing:** Items A and B monthly in arrears from Go-Live Acceptance; item C upon Go-Live Acceptance. No amount is payable in advance. Invoices are payable within 30 days.
- **Target Go-Live:** within 75 calendar days after signature of this Order Form, and in any event before the National Day holiday.
- **Hosting:** Alibaba Cloud, Guiyang region (mainland China).

# General Terms and Conditions for Ticketing Services (Version 3.2)

## § 1 Subject Matter

(1) The Vendor provides the Customer with access to its cloud-based ticketing platform ("Platform") as software as a service, and performs the onboarding services described in the Order Form.

(2) The Platform is provided in the version current at any time. The Vendor may further develop the Platform, provided the agreed functions are not materially reduced.

## § 2 Onboarding and Go-Live Acceptance

(1) The Vendor shall carry out the onboarding services in accordance with the project plan agreed at the kick-off meeting.

(2) Go-Live Acceptance requires the successful completion of the acceptance test, which comprises at least: 200 test bookings across all sales channels with correct settlement in the finance system; validation at all 24 lanes with a scan time of no more than one second; 2,000 validations per hour at the main gate in a load test; and three consecutive days of channel reconciliation without differences.

(3) Go-Live Acceptance is declared in a written acceptance protocol signed by both parties. Productive use of the Platform before the protocol has been signed does not constitute acceptance; deemed acceptance under § 640 (2) of the German Civil Code (BGB) is excluded.

(4) If Go-Live Acceptance is delayed beyond the Target Go-Live for reasons for which the Vendor is responsible, the Vendor shall pay a contractual penalty of CNY 1,500 for each calendar day of delay, up to a total of CNY 90,000.

## § 3 Charges and Payment

(1) The charges result from the Order Form. They are fixed for the Subscription Term.

(2) If the Customer is more than 30 days in default of payment, the Vendor may, after a written reminder with a further period of 14 days, suspend access to the Platform until payment is made.

## § 4 Service Levels

(1) The Vendor guarantees an availability of the Platform of 99.95% per calendar month, measured at the Vendor's internet transfer point. Scheduled maintenance announced at least five working days in advance and performed between 01:00 and 05:00 China Standard Time does not count as downtime.

(2) Incidents are classified by the Customer. Priority 1 incidents (ticket sales or gate access not possible at the park) shall receive a response by a qualified engineer within 30 minutes, 24 hours a day, 7 days a week, and shall be restored within 3 hours. Priority 2 incidents (individual functions or channels impaired) shall receive a response within 2 hours during service hours (08:00 to 20:00 China Standard Time) and be restored within one working day.

(3) For each commenced 0.1 percentage point by which availability falls below the value in paragraph 1, the Customer receives a service credit of 5% of the monthly charges for items A and B, up to 25% of those charges per month. For each commenced hour by which the restoration time for a Priority 1 incident is exceeded, the Customer receives a further credit of CNY 800. Credits are set off against the next invoice.

(4) During the Golden Week holidays and the Spring Festival the Vendor provides an on-call engineer who can be reached by telephone at any time.

## § 5 Customer Data and Data Security

(1) All data that the Customer or its visitors enter into the Platform, in particular bookings, visitor identity data and transaction data ("Customer Data"), belong to the Customer. The Vendor processes Customer Data exclusively on behalf of and on the instructions of the Customer and only to provide the services.

(2) Customer Data is stored and processed only in the Alibaba Cloud Guiyang region. The Vendor maintains the Platform's MLPS level 3 filing, encrypts Customer Data in transit and at rest, restricts access on a need-to-know basis with multi-factor authentication and logs all administrative access. The Vendor complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

(3) The Vendor shall notify the Customer without undue delay, and in any event within 24 hours, of any breach of the security of Customer Data, shall take all measures necessary to contain it, and shall be liable for damage resulting from breaches for which it is responsible.

(4) Upon termination the Vendor shall hand over all Customer Data in a common, machine-readable format within 30 days and shall then delete it.

## § 6 Rights of Use and Work Results

(1) All rights in the Platform remain with the Vendor. The Customer receives a non-exclusive right, limited to the Subscription Term, to use the Platform for its own business purposes.

(2) All rights in the work results created specifically for the Customer during onboarding, in particular the mini-program pages, channel adapters, the finance-system interface and customer-specific reports ("Customer-Specific Work Results"), pass to the Customer upon creation, to the extent transferable. Where rights cannot be transferred by law, the Vendor grants the Customer an exclusive, irrevocable, transferable right, unlimited in time and territory, to use, modify and sublicense the Customer-Specific Work Results.

## § 7 Confidentiality

(1) Both parties shall keep confidential all business and trade secrets of the other party that come to their knowledge in connection with this Agreement and shall not disclose them to third parties.

(2) This obligation continues for three years after the end of the Agreement.

## § 8 Subcontractors

(1) The Vendor may use subcontractors and sub-processors to perform its obligations, in particular for hosting, SMS delivery and local on-site support. The Customer's consent is not required.

(2) The Vendor shall inform the Customer in text form (e.g. by e-mail) of any new subcontractor or sub-processor at least 30 days before it is engaged. The Vendor remains responsible for its subcontractors as for its own acts.

## § 9 Liability

(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.

(2) In cases of slight negligence the Vendor is liable only for breach of an essential contractual obligation (cardinal obligation), limited to the damage that is typical and foreseeable for this type of contract.

(3) In all other cases, and notwithstanding paragraph 2, the total liability of the Vendor under this Agreement is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

## § 10 Term and Termination

(1) The Agreement runs for the Subscription Term stated in the Order Form. Ordinary termination during the Subscription Term is excluded.

(2) The right of either party to terminate for good cause remains unaffected. Good cause exists for the Customer in particular if the Vendor commits a material breach of its obligations and does not remedy it within 14 days after written notice, or if service credits under § 4 (3) become due in three consecutive months.

(3) Notice of termination must be given in writing.

## § 11 Force Majeure

Neither party is responsible for failures caused by force majeure, including natural disasters, floods in the park area and orders of public authorities, for as long as the event continues.

## § 12 Governing Law and Place of Jurisdiction

(1) This Agreement is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with this Agreement is Potsdam, Germany.

## § 13 Final Provisions

(1) Amendments and supplements to this Agreement must be made in writing. This also applies to any waiver of this written-form requirement.

(2) Should any provision of this Agreement be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid one that comes as close as possible to its economic purpose.

(3) The English version of this Agreement is binding.

Werder (Havel), ______________ 2025 — for the Vendor: ____________________

Chishui, ______________ 2025 — for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h194e03 — Zhoushan mussel farm, ocean-current sensors + maintenance; integrator on the Illa de l'Aire (Menorca,
# Spain); buyer's paper, "Article N", .docx with a Word price table and a severity table
# planned: compliant
# ---------------------------------------------------------------------------------------------------------------
H194E03 = """
T:Contract for the Supply, Installation and Maintenance of an Ocean Current Monitoring System
P:Contract No.: SSBB-EQ-2025-014
P:Buyer: Zhoushan Shengsi Blue Bay Mussel Farming Co., Ltd. (舟山嵊泗蓝湾贻贝养殖有限公司), Lvhua Village, Gouqi Island, Shengsi County, Zhoushan, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Corrents Marins Integració, S.L., with registered office at Far de l'Illa de l'Aire, 07710 Sant Lluís, Menorca, Balearic Islands, Spain, tax identification number B-57993412, acting through its project office in Ningbo (the "Supplier").
P:The Buyer operates longline mussel farms in the waters east of Gouqi Island. Strong tidal currents and typhoon swell damage longlines and floats every season. The Buyer has therefore invited offers for a current monitoring system, and has selected the Supplier. This Contract is prepared by the Buyer. At the Buyer's request, all prices are in Renminbi (CNY).
H:Article 1 Scope
P:1.1 The Supplier shall supply, deploy and commission 14 monitoring buoys across the Buyer's farm areas, each carrying an acoustic Doppler current profiler (600 kHz), a solar power unit, a mooring set and a 4G/BeiDou telemetry unit, together with a shore data server and monitoring software installed at the Buyer's office in Gouqi.
P:1.2 The Supplier shall integrate the current data into the Buyer's farm dashboard, configure alarm thresholds and SMS alarms for longline supervisors, and train the Buyer's staff.
P:1.3 After the warranty period the Supplier shall provide maintenance under Article 8 if the Buyer so orders.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 2,370,000, inclusive of PRC value added tax, import duties, transport to Gouqi, insurance and all services listed below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Acoustic Doppler current profiler, 600 kHz, with titanium frame|14|86,000|1,204,000
TB:2|Buoy platform with solar power unit and mooring set|14|38,500|539,000
TB:3|4G/BeiDou telemetry unit|14|9,800|137,200
TB:4|Shore data server and monitoring software, perpetual licence|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||2,048,200
TB:5|Deployment at sea (vessel time, mooring, calibration)|1|226,000|226,000
TB:6|Integration with farm dashboard and SMS alarms|1|74,000|74,000
TB:7|Training|1|21,800|21,800
TB:|Total Contract Price|||2,370,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate or freight changes.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 237,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,303,500) within 20 days after the Installation Certificate has been signed for all 14 buoys. The Installation Certificate confirms deployment only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 829,500) within 20 days after the Final Acceptance Certificate has been signed.
P:3.4 Each payment is made against a valid VAT invoice.
H:Article 4 Delivery and Deployment
P:4.1 The Supplier shall deliver all equipment to Gouqi port within 70 days after signature and complete the deployment of all 14 buoys within 35 days after delivery, outside typhoon warnings.
P:4.2 Days on which a typhoon warning of blue level or higher is in force for Shengsi waters are added to the deployment period.
P:4.3 If the Supplier fails to complete delivery or deployment on time for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After deployment the system runs a sea trial of 30 consecutive days. Final Acceptance requires: (a) data from each buoy received at the shore server on at least 28 of the 30 days; (b) current velocity readings of each profiler within 2 cm/s of a reference profiler deployed alongside for 48 hours; (c) correct SMS alarms in a simulated threshold test for every buoy; (d) the dashboard integration working for all farm areas; and (e) as-built drawings, mooring records and calibration certificates delivered.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within 10 working days after the criteria are met. If a criterion is not met, the Supplier shall correct the defect and the relevant part of the sea trial shall be repeated.
P:5.3 Deployment, use of the data or any payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment, including damage caused by biofouling that the equipment specification says it withstands, and provide software updates, free of charge.
P:6.2 The Supplier shall carry out two maintenance visits at sea per year during the warranty period, including cleaning of the transducer heads and re-calibration.
H:Article 7 Service Levels
P:7.1 The Supplier shall respond to faults and repair them as follows:
TB:Severity|Definition|Response|Repair or replacement
TB:Severity 1|Shore server down, or no data from three or more buoys|1 hour|on site within 48 hours, weather permitting
TB:Severity 2|No data from one or two buoys|2 hours|within 5 days, weather permitting
TB:Severity 3|Other faults and questions|1 working day|next maintenance visit
P:7.2 For each hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 1,200; for each day by which a Severity 1 repair is late (excluding days of typhoon warning), CNY 3,000. The Buyer may deduct these amounts from any payment due.
H:Article 8 Maintenance after the Warranty
P:8.1 For the three years following the warranty period, the annual maintenance fee is 9% of the Equipment and Licence Subtotal, that is CNY 184,338 per year, payable quarterly in arrears. The fee is fixed for those three years and covers two maintenance visits per year, spare parts, calibration and the service levels of Article 7.
P:8.2 Maintenance is ordered by the Buyer in writing each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The dashboard integration, alarm rules, configuration files and documentation produced for the Buyer belong to the Buyer, who may use, modify and license them freely.
P:9.2 The monitoring software remains the property of its licensor; the Buyer receives a perpetual licence to use it.
H:Article 10 Data Security
P:10.1 All current data, farm maps and operating records ("Farm Data") belong to the Buyer. The Supplier shall use Farm Data only to perform this Contract.
P:10.2 Farm Data is stored on the Buyer's shore server in Gouqi and shall not be transferred outside mainland China. The Supplier may access the server remotely only through the Buyer's VPN with approval for each session, and shall keep its credentials secure.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Farm Data, take immediate remedial action and compensate the Buyer for losses caused by its breach.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the technical and commercial information received from the other party and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 12 Subcontracting
P:12.1 The Buyer approves, by signing this Contract, Gouqi Haiyun Marine Engineering Co., Ltd. for vessel charter and diving work. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:Article 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 11, which are not limited.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Article 4.3 reach their maximum.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:Article 16 Force Majeure
P:16.1 Typhoons, storm surges and other events beyond the reasonable control of a party, including orders of the maritime authorities, are force majeure. The affected party shall notify the other party within three days and resume performance as soon as the event ends. Delivery and repair periods are extended by the duration of the event, but force majeure does not release the Supplier from repairing equipment damaged by it during the warranty period at the price of parts only.
P:16.2 If force majeure prevents performance for more than 90 days, either party may terminate this Contract by written notice, and the Buyer shall pay for equipment delivered and services performed.
H:Article 17 Buyer's Cooperation
P:17.1 The Buyer shall provide, free of charge, berthing for the Supplier's vessel at its Gouqi jetty, a secure store for equipment and spare parts, power and network at the shore office, and a farm supervisor to accompany each visit at sea.
P:17.2 The Buyer shall inform the Supplier of planned changes to its longline layout at least 14 days in advance, so that buoy positions can be adjusted.
H:Article 18 Miscellaneous
P:18.1 This Contract is made in English in four originals, two for each party. It enters into force on signature by both parties. Amendments must be in writing and signed by both parties.
P:Annex 1: Technical specifications. Annex 2: Deployment plan and mooring layout. Annex 3: Sea-trial test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h194e04 — Xi'an game studio, managed IT + desktop support, 24 months; provider on Coney Island (Co. Sligo,
# Ireland), Irish house style, "N. HEADING" + 1.1, .pdf (wrap_words)
# planned: CR-LD-LOW, CR-SLA-RESPONSE, CR-TERMINATION
# ---------------------------------------------------------------------------------------------------------------
H194E04 = """
T:Managed IT Services Agreement
P:THIS AGREEMENT is dated ____ 2025 and is made BETWEEN:
P:(1) ROSSES POINT MANAGED SERVICES LIMITED, a company incorporated in Ireland (registered number 702194) whose registered office is at Coney Island, County Sligo, Ireland, acting through its service team based in Xi'an (the "Provider"); and
P:(2) XI'AN QUJIANG PIXEL LANTERN GAMES CO., LTD. (西安曲江像素灯笼游戏有限公司), a company established in the People's Republic of China whose registered address is at Building 5, Qujiang Creative Valley, Yanta District, Xi'an, Shaanxi Province (the "Customer").
P:BACKGROUND: The Customer develops console and mobile games in Xi'an with a team of about 420 staff. It wishes to outsource its service desk, desktop support and infrastructure management to the Provider. At the Customer's request all charges are in Renminbi (CNY).
P:IT IS AGREED as follows:
H:1. DEFINITIONS
P:1.1 "Business Day" means a working day in the People's Republic of China. "Charges" means the charges in Clause 4. "Customer Data" means all data of the Customer, including game source code, art assets, build artefacts, employee data and player test data, that the Provider accesses in performing the Services. "Incident" means an unplanned interruption or reduction in quality of an IT service. "Services" means the services in Clause 3 and Schedule 1. "Service Commencement Date" means the date on which Transition Acceptance is confirmed under Clause 5.
P:1.2 Headings do not affect interpretation. Words in the singular include the plural.
H:2. TERM
P:2.1 This Agreement starts on the date of signature. The Services shall be provided for an Initial Term of 24 months from the Service Commencement Date.
P:2.2 The parties may extend this Agreement only by written agreement signed by both of them. There is no automatic renewal.
H:3. SERVICES
P:3.1 The Provider shall provide: (a) a service desk in Chinese and English from 08:00 to 22:00 on Business Days and from 10:00 to 18:00 on other days; (b) on-site desktop support for about 420 users, including artists' GPU workstations, laptops and peripherals; (c) joiner, mover and leaver processing; (d) management of the Customer's network, Wi-Fi, firewalls and Windows servers; (e) management of the Perforce version-control servers and the build farm; (f) IT asset management; and (g) monthly service reports.
P:3.2 The Provider shall keep at least six engineers on site at the Customer's premises in Xi'an during service desk hours.
H:4. CHARGES AND PAYMENT
P:4.1 The Charges are:
P:(a) User Service Charge: CNY 165 per user per month for 420 users, that is CNY 69,300 per month, CNY 1,663,200 for the Initial Term;
P:(b) Infrastructure Management Charge: CNY 18,600 per month, CNY 446,400 for the Initial Term;
P:(c) Transition Charge (one-off): CNY 92,000.
P:The total Charges for the Initial Term are CNY 2,201,600 (the "Total Contract Value"). Changes in the number of users of more than 20 are charged or credited at CNY 165 per user per month.
P:4.2 The monthly Charges are invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after Transition Acceptance. No Charges are payable in advance.
P:4.3 Invoices are payable within 30 days. The Charges include PRC value added tax.
H:5. TRANSITION AND ACCEPTANCE
P:5.1 The Provider shall complete transition within 45 days after signature in accordance with the transition plan in Schedule 2.
P:5.2 Transition Acceptance requires: (a) a complete asset inventory reconciled with the Customer's records; (b) all users registered in the Provider's ticketing tool; (c) a knowledge base covering the Customer's standard applications, build pipeline and onboarding steps; (d) documented runbooks for every managed server; and (e) ten Business Days of shadow operation without a Priority 1 response failure. The Customer shall confirm Transition Acceptance in writing within five Business Days after these criteria are met.
P:5.3 The start of services in shadow operation does not constitute Transition Acceptance.
P:5.4 If the Provider fails to achieve Transition Acceptance within the period in Clause 5.1 for reasons attributable to it, the Provider shall pay the Customer CNY 300 for each day of delay.
H:6. SERVICE LEVELS
P:6.1 The Provider shall meet the following service levels, measured monthly:
P:Priority 1 (a build farm, Perforce server or network outage stopping a team of ten or more users): response within six hours; restoration within one Business Day.
P:Priority 2 (a single user unable to work, or a degraded shared service): response within eight hours; resolution within two Business Days.
P:Priority 3 (requests and minor faults): resolution within five Business Days.
P:Joiner set-up: workstation, accounts and access ready on the start date if requested five Business Days in advance.
P:6.2 For each Priority 1 Incident whose response or restoration time is missed, the Provider shall credit 5% of the User Service Charge for that month, up to a maximum of 20% of the monthly Charges. Service credits are deducted from the next invoice.
P:6.3 The service credits under Clause 6.2 are the Customer's sole and exclusive remedy for any failure to meet the service levels.
H:7. CUSTOMER DATA AND SECURITY
P:7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not copy, disclose or use it for any other purpose.
P:7.2 The Provider shall maintain ISO/IEC 27001 certification for its service management system; give its engineers only the access they need, with individual accounts and multi-factor authentication; never copy game source code, art assets or build artefacts to personal or Provider devices; and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:7.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall co-operate fully in its investigation and remedy, and shall be liable for all losses caused by a breach of this Clause 7 by the Provider or its staff.
H:8. INTELLECTUAL PROPERTY
P:8.1 Runbooks, scripts, configurations, knowledge articles and reports created by the Provider for the Customer belong to the Customer, which may use, modify and share them freely, including with a replacement provider.
P:8.2 The Provider's own tools and methods remain its property; the Provider grants the Customer a perpetual licence to use any of them embedded in the deliverables in Clause 8.1.
H:9. CONFIDENTIALITY
P:9.1 Each party shall keep the other party's confidential information, including unreleased game titles, designs and business plans of the Customer, strictly confidential and shall not disclose it to any third party without prior written consent. Each member of the Provider's staff working on the Customer's premises shall sign the Customer's confidentiality undertaking. This Clause survives for five years after expiry or termination.
H:10. PERSONNEL AND SUBCONTRACTING
P:10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for any approved subcontractor as for itself.
P:10.2 The Provider shall replace any engineer whom the Customer reasonably objects to within ten Business Days.
H:11. LIABILITY
P:11.1 The total liability of the Provider under this Agreement shall not exceed 150% of the Total Contract Value.
P:11.2 Clause 11.1 does not apply to liability for death or personal injury, fraud, wilful default, or breach of Clause 7 or Clause 9.
P:11.3 Neither party shall be liable for loss of profit or indirect loss, except in the cases set out in Clause 11.2.
H:12. TERMINATION
P:12.1 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 45 days after a written reminder.
P:12.2 Save as set out in Clause 12.1 and Clause 14, neither party may terminate this Agreement before the end of the Initial Term. The Customer's remedies for any breach by the Provider are service credits under Clause 6, damages under Clause 5.4 and damages at law, and the Customer waives any right it may have to terminate this Agreement or to withhold the Charges.
P:12.3 On expiry or termination the Provider shall give all reasonable assistance for an orderly hand-over to the Customer or a replacement provider for up to 60 days, at the rates of Schedule 3.
H:13. NON-SOLICITATION
P:13.1 During the Initial Term and for six months afterwards neither party shall solicit for employment any person employed by the other party in connection with the Services.
H:14. FORCE MAJEURE
P:14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control. If such an event prevents performance for more than 90 days, either party may terminate this Agreement by written notice.
H:15. GOVERNING LAW AND DISPUTE RESOLUTION
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of this Agreement shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an. The arbitral award is final and binding.
H:16. GENERAL
P:16.1 This Agreement and its Schedules are the entire agreement of the parties about the Services. Variations must be in writing and signed by both parties.
P:16.2 Schedule 1: Service Description. Schedule 2: Transition Plan. Schedule 3: Rate Card for Additional Work.
P:SIGNED by the Provider: ____________________    SIGNED by the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h194e05 — Hainan pepper exporter, export-declaration API subscription (24 months) + ERP integration; vendor on the
# Isola dei Cavoli (Villasimius, Sardinia, Italy), Italian house style "Art. N (title)", .txt
# planned: CR-DATA-OWNERSHIP, CR-IP-OWNERSHIP
# ---------------------------------------------------------------------------------------------------------------
H194E05 = """SUBSCRIPTION AGREEMENT FOR THE "DOGANAPI" EXPORT DECLARATION SERVICE AND RELATED INTEGRATION SERVICES

BETWEEN

DOGANA DIGITALE S.r.l., with registered office at Isola dei Cavoli, 09049 Villasimius (SU), Italy, VAT number IT 03987620925, registered with the Companies Register of Cagliari, REA no. CA-318452, in the person of its legal representative pro tempore, Mr. Gianluca Porcu (hereinafter the "Supplier"),

AND

HAINAN XINGLONG PEPPER TRADING CO., LTD. (海南兴隆胡椒贸易有限公司), with registered office at No. 66 Xinglong Avenue, Wanning, Hainan Province, People's Republic of China, in the person of its legal representative, Ms. Chen Yuhua (hereinafter the "Customer"),

(each a "Party" and together the "Parties")

WHEREAS

a) the Supplier has developed and operates DoganAPI, an application programming interface that checks and prepares export declaration data, certificate-of-origin data and phytosanitary certificate data for agricultural exports from the People's Republic of China;

b) the Customer exports black and white pepper to the European Union, Japan, the Republic of Korea and other markets, and files about 450 export declarations per month through its customs broker;

c) the Customer wishes to subscribe to DoganAPI and to have it connected to its Kingdee ERP system, and has asked that all prices be stated in Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement. Annex A: Service Description. Annex B: Integration Specification. Annex C: Acceptance Test Plan.

Art. 2 (Definitions)
2.1 "Customer Data" means all data transmitted by the Customer to DoganAPI or generated for the Customer, including shipment, lot, buyer, price and declaration data. "Integration Deliverables" means the ERP connector, the lot-code and product mapping tables, the rule configurations for the Customer's nine destination markets and their documentation. "Subscription Term" means 24 months from the date of Integration Acceptance. "Contract Value" means the amount stated in Art. 5.1.

Art. 3 (Object)
3.1 The Supplier grants the Customer access to DoganAPI for the Subscription Term, including: validation of HS codes and declaration elements for pepper products; pre-checks of declaration data against the current requirements of China Customs; generation of certificate-of-origin data under RCEP and other free trade agreements; preparation of phytosanitary certificate application data; and checks of pesticide residue limits for the destination markets.
3.2 The service prepares and validates data in the import format of the China International Trade Single Window. The submission of declarations remains with the Customer or its customs broker.
3.3 The Supplier shall perform the integration services described in Annex B: the ERP connector, the mapping of the Customer's 38 product codes and lot codes, and the rule configurations for nine destination markets, as well as training for the Customer's export team.

Art. 4 (Duration)
4.1 This Agreement comes into force on signature and ends at the end of the Subscription Term. There is no tacit renewal. Any renewal must be agreed in writing.

Art. 5 (Fees and payment)
5.1 The Contract Value is CNY 562,000, made up of: (a) subscription fee of CNY 16,500 per month for 24 months, CNY 396,000, including up to 600 declarations per month; (b) integration services, CNY 158,000; (c) training, CNY 8,000. Declarations above 600 in a month are charged at CNY 12 each and are not part of the Contract Value.
5.2 The integration and training fees are invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears. No amount is payable in advance.
5.3 Invoices are payable within 30 days from receipt by bank transfer. Fees include PRC value added tax.

Art. 6 (Integration and acceptance)
6.1 The Supplier shall complete the integration services within 60 days from signature.
6.2 Integration Acceptance requires the successful execution of the Acceptance Test Plan in Annex C, including: 50 test declarations covering all nine destination markets processed with no validation error; a complete round trip of shipment data from the ERP to DoganAPI and back; certificate-of-origin and phytosanitary data accepted by the Customer's customs broker for 10 live shipments; and no open Priority 1 or Priority 2 defect.
6.3 Integration Acceptance is confirmed by a written report signed by the Customer. Use of the service in production before that report does not amount to acceptance.
6.4 For each day of delay in reaching Integration Acceptance due to the Supplier, the Supplier shall pay a penalty of 0.1% of the Contract Value, up to 10% of the Contract Value, without prejudice to compensation for further damage.

Art. 7 (Service levels)
7.1 The Supplier guarantees a monthly availability of DoganAPI of 99.98%, excluding maintenance windows announced at least 72 hours in advance and carried out between 00:00 and 04:00 Beijing time.
7.2 Priority 1 incidents (DoganAPI unavailable or returning incorrect validation results) shall be responded to within 30 minutes, at any time, and resolved within 3 hours. Priority 2 incidents shall be responded to within 2 hours and resolved within 2 working days.
7.3 For each commenced 0.01 percentage point of availability below the level in Art. 7.1, the Customer is entitled to a credit of 2% of the monthly fee, up to 20% of the monthly fee; for each hour of delay in resolving a Priority 1 incident, to a further credit of CNY 500.

Art. 8 (Obligations of the Customer)
8.1 The Customer shall provide correct and complete master data, including product specifications, lot codes and the names of its foreign buyers, appoint a contact person for the integration project and give the Supplier timely access to its ERP test environment.
8.2 The Customer remains responsible for the content of the declarations that it or its customs broker submits to China Customs. The Supplier is responsible for the correctness of the checks and rule configurations that it provides.

Art. 9 (Intellectual property)
9.1 DoganAPI, its software, rule libraries and documentation are and remain the exclusive property of the Supplier.
9.2 The Integration Deliverables, although developed for the Customer, shall also remain the exclusive property of the Supplier. The Supplier grants the Customer a non-exclusive and non-transferable right to use them for the duration of the Subscription Term only; the Customer may not modify them or have them modified by third parties.

Art. 10 (Customer Data and data security)
10.1 Customer Data belongs to the Customer. The Supplier processes it to provide the service.
10.2 DoganAPI and all Customer Data are hosted in a data centre in Haikou, Hainan. The Supplier encrypts Customer Data in transit and at rest, restricts and logs access, and complies with the PRC Data Security Law and Personal Information Protection Law.
10.3 In the event of a security incident affecting Customer Data, the Supplier shall inform the Customer within 24 hours, take all necessary measures and be liable for the damage caused by its breach.
10.4 The Customer grants the Supplier a perpetual, royalty-free licence to use anonymised and aggregated data derived from Customer Data, including export volumes, destinations, unit prices and HS codes, to produce market-intelligence reports offered to third parties and to improve its classification models, during and after the Subscription Term.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential the information of the other Party that it receives in performing this Agreement, including price lists and customer lists, and shall not disclose it to third parties without prior written consent. This obligation lasts for three years after the end of the Agreement.

Art. 12 (Subcontracting)
12.1 The Supplier may not subcontract the performance of this Agreement, in whole or in part, without the prior written consent of the Customer.

Art. 13 (Force majeure)
13.1 Neither Party is liable for failure to perform caused by force majeure, such as typhoons, natural disasters or interruptions of public telecommunication networks, provided that it informs the other Party promptly. Changes in customs regulations or in the rules of destination markets are not force majeure; the Supplier shall update DoganAPI to reflect them within 10 working days of publication.

Art. 14 (Limitation of liability)
14.1 The total liability of the Supplier under this Agreement shall not exceed an amount equal to twice the Contract Value, except in case of wilful misconduct or gross negligence.

Art. 15 (Termination)
15.1 The Customer may terminate this Agreement by written notice if the Supplier breaches Art. 7, Art. 10 or Art. 11, or commits any other material breach which it does not remedy within 15 days from a written request to do so.
15.2 On termination the Supplier shall return all Customer Data in a common format within 30 days and then delete it.

Art. 16 (Governing law and disputes)
16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising from this Agreement shall be referred to the Hainan International Arbitration Court for arbitration in Haikou, in accordance with its rules in force at the time.

Art. 17 (Final provisions)
17.1 Any amendment to this Agreement must be made in writing. Notices shall be sent by e-mail with confirmation of receipt.

Made in Haikou, on ______________ 2025, in two originals.

The Supplier: ____________________          The Customer: ____________________

Specific approval
The Customer declares that it has read and specifically approves the following clauses: Art. 9 (Intellectual property), Art. 10 (Customer Data and data security), Art. 14 (Limitation of liability) and Art. 16 (Governing law and disputes).

The Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, language, source)
    "h194z01": ("h194z01_trade_union_worker_service_platform.docx", "docx", "zh", H194Z01),
    "h194z02": ("h194z02_plywood_surface_defect_inspection_maintenance.pdf", "pdf", "zh", H194Z02),
    "h194z03": ("h194z03_playground_chain_ticketing_membership_saas.md", "md", "zh", H194Z03),
    "h194z04": ("h194z04_district_water_bureau_drainage_monitoring_om.txt", "txt", "zh", H194Z04),
    "h194z05": ("h194z05_bamboo_shoot_mes_supplier_template.md", "md", "zh", H194Z05),
    "h194e01": ("h194e01_toy_robot_motion_software_licence_irish_vendor.txt", "txt", "en", H194E01),
    "h194e02": ("h194e02_waterfall_park_ticketing_saas_german_vendor.md", "md", "en", H194E02),
    "h194e03": ("h194e03_mussel_farm_current_sensors_maintenance.docx", "docx", "en", H194E03),
    "h194e04": ("h194e04_game_studio_managed_it_desktop_support.pdf", "pdf", "en", H194E04),
    "h194e05": ("h194e05_pepper_exporter_declaration_api_italian_vendor.txt", "txt", "en", H194E05),
}
SOURCES = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}


def write_files():
    for key, (name, fmt, _lang, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)


# ---------------------------------------------------------------------------------------------------------------
# price and payment sums (asserted), values used in the labels
# ---------------------------------------------------------------------------------------------------------------
def sums():
    v = {}
    # z01
    hw_sw = 860_000 + 4 * 68_500 + 2 * 96_000 + 168_000
    assert 4 * 68_500 == 274_000 and 2 * 96_000 == 192_000 and hw_sw == 1_494_000
    assert hw_sw + 486_000 + 72_000 + 58_000 == 2_110_000
    assert 422_000 + 949_500 + 738_500 == 2_110_000
    assert 2_110_000 * 20 // 100 == 422_000 and 2_110_000 * 45 // 100 == 949_500 and 2_110_000 * 35 // 100 == 738_500
    assert hw_sw * 8 // 100 == 119_520
    v["z01"] = dict(value=2_110_000, base=hw_sw, fee=119_520)
    # z02
    lines = [18 * 23_800, 18 * 6_200, 3 * 42_000, 3 * 86_000, 3 * 65_000, 3 * 18_500]
    assert lines == [428_400, 111_600, 126_000, 258_000, 195_000, 55_500]
    sub = sum(lines)
    assert sub == 1_174_500 and sub + 96_000 + 72_000 + 18_500 == 1_361_000
    assert [1_361_000 * p // 100 for p in (20, 50, 25, 5)] == [272_200, 680_500, 340_250, 68_050]
    assert 272_200 + 680_500 + 340_250 + 68_050 == 1_361_000
    assert sub * 18 // 100 == 211_410
    v["z02"] = dict(value=1_361_000, base=sub, fee=211_410)
    # z03
    assert 26 * 9_600 * 3 == 748_800 and 36_000 * 3 == 108_000
    assert 748_800 + 108_000 + 126_000 + 28_000 == 1_010_800
    assert 126_000 + 28_000 == 154_000 and (26 * 9_600 + 36_000) / 4 == 71_400 and 12 * 71_400 + 154_000 == 1_010_800
    v["z03"] = dict(value=1_010_800)
    # z04
    items = [96_000, 520 * 186, 1_380 * 42, 6_800 * 9, 180 * 64, 96 * 301, 42_000, 38_000, 24_000]
    assert items == [96_000, 96_720, 57_960, 61_200, 11_520, 28_896, 42_000, 38_000, 24_000]
    assert 186 + 42 + 9 + 64 == 301 and sum(items) == 456_296 and 4 * 114_074 == 456_296
    v["z04"] = dict(value=456_296)
    # z05
    assert 420_000 + 286_000 + 64_000 + 14_000 == 784_000
    assert [784_000 * p // 100 for p in (50, 45, 5)] == [392_000, 352_800, 39_200] and 392_000 + 352_800 + 39_200 == 784_000
    v["z05"] = dict(value=784_000)
    # e01
    lic = 40 * 18_600 + 286_000
    assert 40 * 18_600 == 744_000 and lic == 1_030_000 and lic + 248_000 + 36_000 == 1_314_000
    assert [1_314_000 * p // 100 for p in (25, 50, 25)] == [328_500, 657_000, 328_500] and 328_500 * 2 + 657_000 == 1_314_000
    assert lic * 125 // 1000 == 128_750
    v["e01"] = dict(value=1_314_000, base=lic, fee=128_750)
    # e02
    assert 22_800 * 36 == 820_800 and 24 * 380 * 36 == 328_320 and 820_800 + 328_320 + 168_000 == 1_317_120
    v["e02"] = dict(value=1_317_120)
    # e03
    eq = [14 * 86_000, 14 * 38_500, 14 * 9_800, 168_000]
    assert eq == [1_204_000, 539_000, 137_200, 168_000] and sum(eq) == 2_048_200
    assert sum(eq) + 226_000 + 74_000 + 21_800 == 2_370_000
    assert [2_370_000 * p // 100 for p in (10, 55, 35)] == [237_000, 1_303_500, 829_500]
    assert 237_000 + 1_303_500 + 829_500 == 2_370_000 and sum(eq) * 9 // 100 == 184_338
    v["e03"] = dict(value=2_370_000, base=sum(eq), fee=184_338)
    # e04
    assert 165 * 420 == 69_300 and 69_300 * 24 == 1_663_200 and 18_600 * 24 == 446_400
    assert 1_663_200 + 446_400 + 92_000 == 2_201_600
    v["e04"] = dict(value=2_201_600)
    # e05
    assert 16_500 * 24 == 396_000 and 396_000 + 158_000 + 8_000 == 562_000
    v["e05"] = dict(value=562_000)
    return v


# ---------------------------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
          confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
          final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
          auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
          governing_law="PRC")


def label_specs(v):
    g = "goods_or_licence"
    s = "service"
    return {
        "h194z01": dict(category="software", forum_outside=False, capped=True, terms=dict(
            OK, availability_pct=99.99, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8, contract_kind=g),
            rules=[]),
        "h194z02": dict(category="hardware", forum_outside=False, capped=True, terms=dict(
            OK, p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.08, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=18, contract_kind=g),
            rules=["CR-DATA-SECURITY", "CR-POST-WARRANTY-FEE"]),
        "h194z03": dict(category="cloud", forum_outside=False, terms=dict(
            OK, availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
            ld_rate_per_day_pct=800 / v["z03"]["value"] * 100, auto_renewal_price_increase=True, contract_kind=s),
            rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
        "h194z04": dict(category="services", forum_outside=False, terms=dict(
            OK, availability_pct=99.95, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=0.1,
            subcontract_without_consent=True, contract_kind=s),
            rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
        "h194z05": dict(category="software", forum_outside=False, capped=False, deemed=True, terms=dict(
            OK, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
            liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
            warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=True, contract_kind=g),
            rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                   "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
        "h194e01": dict(category="software", forum_outside=True, capped=True, terms=dict(
            OK, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=25,
            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=12.5,
            governing_law="Ireland", contract_kind=g),
            rules=["CR-GOVERNING-LAW"]),
        "h194e02": dict(category="cloud", forum_outside=True, terms=dict(
            OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=1_500 / v["e02"]["value"] * 100,
            liability_cap_pct=6 / 36 * 100, subcontract_without_consent=True, governing_law="Germany",
            contract_kind=s),
            rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
        "h194e03": dict(category="hardware", forum_outside=False, capped=True, terms=dict(
            OK, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, contract_kind=g),
            rules=[]),
        "h194e04": dict(category="services", forum_outside=False, terms=dict(
            OK, p1_response_hours=6, ld_rate_per_day_pct=300 / v["e04"]["value"] * 100, liability_cap_pct=150,
            termination_for_breach=False, contract_kind=s),
            rules=["CR-LD-LOW", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
        "h194e05": dict(category="cloud", forum_outside=False, terms=dict(
            OK, availability_pct=99.98, p1_response_hours=0.5, ip_owner="supplier", buyer_owns_data=False,
            ld_rate_per_day_pct=0.1, liability_cap_pct=200, contract_kind=s),
            rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP"]),
    }


def tco_share(t, value, base, fee, horizon=5):
    """policy §4: purchase + implementation = contract value; fee for every post-warranty year (partial pro rata)."""
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = fee * post_years
    return value + fees, fees / (value + fees) * 100


def apply_rules(t, x, forum_outside, share):
    """policy.md §3 with its reading notes, applied to a label's terms."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if x["sla_clause"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    if goods and share is not None and share > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def write_labels():
    v = sums()
    specs = label_specs(v)
    report = {}
    for key, spec in specs.items():
        name, fmt, lang, _src = FILES[key]
        t = spec["terms"]
        assert set(t) == set(TERM_KEYS), key
        terms = {k: t[k] for k in TERM_KEYS}
        goods = terms["contract_kind"] == "goods_or_licence"
        extra = {"sla_clause": True, "ld_stated": terms["ld_rate_per_day_pct"] is not None}
        if goods:
            extra["post_warranty_fee_capped"] = spec["capped"]
        extra["acceptance_deemed_on_delivery"] = spec.get("deemed", False)
        extra["contract_value"] = v[key[4:]]["value"]
        share = tco = None
        if goods and spec["capped"] and terms["post_warranty_fee_pct"] is not None:
            vv = v[key[4:]]
            assert vv["base"] * terms["post_warranty_fee_pct"] / 100 == vv["fee"], key
            tco, share = tco_share(terms, vv["value"], vv["base"], vv["fee"])
        rules = apply_rules(terms, extra, spec["forum_outside"], share)
        assert rules == sorted(spec["rules"]), (key, rules, spec["rules"])
        # no labelled value exactly on a threshold
        assert terms["prepayment_pct"] != 30 and terms["p1_response_hours"] != 4
        assert terms["availability_pct"] != 99.9 and terms["ld_rate_per_day_pct"] != 0.05
        assert terms["post_warranty_fee_pct"] != 15 and terms["liability_cap_pct"] != 100
        assert terms["warranty_months"] != 12 and share != 40
        label = {"file": name, "language": lang, "category": spec["category"], "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        report[key] = (rules, tco, share)
        print("label", key, rules, "" if tco is None else "TCO %.0f share %.2f %%" % (tco, share))
    return report


# ---------------------------------------------------------------------------------------------------------------
# read back and scan for threshold values
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLDS = {
    "prepayment 30 %": r"(?<![\d.])30(?:\.0+)?\s*%|百分之三十|\bthirty\s+per\s*cent",
    "P1 response 4 h": r"(?<![\d.:])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)|四个?小时|\bfour\s+(?:\w+\s+)?hours",
    "availability 99.9 %": r"(?<![\d.])99\.90*\s*%",
    "LD 0.05 %/day": r"(?<![\d.])0\.050*\s*%|万分之五(?![十\d])|千分之零点五|百分之零点零五",
    "post-warranty 15 %": r"(?<![\d.])15(?:\.0+)?\s*%|百分之十五|\bfifteen\s+per\s*cent",
    "cap 100 %": r"(?<![\d.])100(?:\.0+)?\s*%|百分之百|百分之一百|\bone hundred per\s*cent",
    "warranty 12 months": r"(?<![\d.])12\s*(?:个)?\s*(?:月|-?months?\b)|十二个月|一年|\btwelve\b|\bone year\b|\b1 year\b",
    "TCO 40 %": r"(?<![\d.])40(?:\.0+)?\s*%|百分之四十|\bforty\s+per\s*cent",
}


def check_texts():
    rows = []
    for key, (name, fmt, lang, _src) in FILES.items():
        text = read_back(OUT / name)
        chars = len(text)
        nonspace = len(re.sub(r"\s", "", text))
        words = len(text.split())
        hits = [(label, m.group(0)) for label, rx in THRESHOLDS.items() for m in re.finditer(rx, text, re.I)]
        rows.append((name, lang, chars, nonspace, words, hits))
        print("%-62s %s chars %5d non-space %5d words %5d threshold hits: %s"
              % (name, lang, chars, nonspace, words, hits or "none"))
    return rows


if __name__ == "__main__":
    write_files()
    write_labels()
    check_texts()
