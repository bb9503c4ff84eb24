"""Builds the ten contracts of holdout157 (blind held-out set of ORDINARY drafts).

The .txt and .md files are written as they stand in TEXTS; the two .docx and the two .pdf are built from the small
markup in SOURCES by ../word_pdf.py (T: title, H: heading, P: paragraph, LN: numbered paragraph, TB: table row).
Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h157z01 — 市消防救援支队 智慧消防综合管理平台 (政府采购 公开招标, buyer's paper), .txt, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H157Z01 = """江岚市消防救援支队智慧消防综合管理平台建设项目
政府采购合同

合同编号：JLXF-2025-ZHXF-017
采购项目编号：JLCG-2025-GK-0417（公开招标）

甲方（采购人）：江岚市消防救援支队
住所：江岚市滨河东路88号
乙方（中标供应商）：北京安澜智联科技有限公司
住所：北京市海淀区上地信息路26号

根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书、澄清文件及本合同附件均为本合同的组成部分；上述文件内容不一致的，以本合同为准。

第一条 项目内容
1.1 乙方负责江岚市智慧消防综合管理平台的建设，包括社会单位消防物联网感知终端的供货与安装、智慧消防平台软件许可、与甲方119接处警系统的接口开发、消防控制室视频联网对接、可视化大屏定制、系统集成及培训。
1.2 建设范围覆盖全市146家消防安全重点单位和38个高层住宅小区。详细技术要求以招标文件第三章《技术需求》及本合同附件一《设备及点位清单》为准。
1.3 乙方应派驻项目经理一名、技术负责人一名，未经甲方书面同意不得更换。

第二条 合同价款
2.1 本合同总价为人民币叁佰肆拾柒万元整（¥3,470,000.00），为固定总价，包含设备、软件、开发、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
2.2 分项价格如下：

序号  名称                                              数量      单价（元）   金额（元）
1     独立式智能烟感探测器（NB-IoT）                     3,200只   168          537,600
2     消防水压/液位监测终端                              420套     1,260        529,200
3     电气火灾监控探测器                                 360套     980          352,800
4     智慧消防平台软件许可（物联网接入、隐患闭环、数字预案模块，永久许可）
                                                         1套       786,000      786,000
      软硬件小计                                                                2,205,600
5     119接处警系统接口及定制开发                        1项                    624,000
6     消防控制室视频联网对接及可视化大屏定制             1项                    318,000
7     系统集成、安装调试                                 1项                    286,400
8     培训                                               1项                    36,000
      合计                                                                      3,470,000

第三条 付款方式
3.1 合同签订且甲方收到乙方开具的等额合法发票后10个工作日内，甲方支付合同总价的20%作为预付款，即¥694,000。
3.2 系统通过初步验收后10个工作日内，甲方支付合同总价的45%，即¥1,561,500。
3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥1,214,500。
3.4 甲方因财政资金拨付原因延迟付款的，应及时书面告知乙方；甲方无正当理由逾期付款的，按逾期付款时全国银行间同业拆借中心公布的贷款市场报价利率（LPR）计付逾期利息。

第四条 实施与交付
4.1 乙方应在合同签订后15日内提交实施方案，经甲方确认后执行。
4.2 乙方应于合同签订后150日内完成全部终端安装、平台部署和接口联调，并书面申请初步验收。
4.3 在社会单位安装终端时，乙方应提前与单位联系，遵守单位的安全管理规定，并接受甲方监督。安装完成后，乙方应逐点录入点位信息并拍照存档。

第五条 验收
5.1 初步验收：乙方完成安装调试后，甲方组织初步验收，标准为：（1）设备品牌、型号、数量与附件一一致；（2）按点位清单随机抽检200个终端，火警、故障及水压低信号均能在10秒内推送至平台和119接处警系统；（3）数字预案、隐患闭环、维保监管等功能按招标文件逐项测试通过；（4）平台通过第三方软件测评机构的功能与性能测试，在500个并发用户下主要页面响应时间不超过3秒。
5.2 试运行与最终验收：初步验收合格后系统试运行60日。试运行期间未发生一级故障，且平台通过网络安全等级保护第三级测评的，甲方组织最终验收，并出具书面验收报告。
5.3 系统上线、甲方使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用；再次验收仍不合格的，甲方有权解除合同。

第六条 质量保证
6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件升级及巡检服务，每季度现场巡检一次并提交巡检报告。
6.2 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过¥176,448），质保期满后三年内不上调；具体以双方届时签订的维保合同为准。

第七条 服务水平
7.1 质保期内，平台月可用率不低于99.95%。计划内维护须提前3个工作日经甲方同意，不计入不可用时间。
7.2 一级故障（平台整体不可用、119接口中断或报警信号无法推送）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复。二级故障（部分功能或部分终端异常）：2小时内响应，24小时内修复。三级故障（一般问题、使用咨询）：1个工作日内解决。
7.3 乙方每超过响应、到场或恢复时限1小时，甲方有权扣减¥1,000；平台月可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项从应付款或维保费中抵扣。

第八条 违约责任
8.1 乙方未按第四条约定时间申请初步验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。逾期超过60日的，甲方有权解除合同。
8.2 乙方交付的设备或软件不符合合同约定的，乙方应负责更换、修复，并赔偿由此给甲方造成的损失。

第九条 数据安全
9.1 平台采集和产生的全部数据，包括报警记录、设备运行数据、单位及建筑信息、巡检记录和视频资料，均归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
9.2 平台部署于江岚市政务云，乙方应按网络安全等级保护第三级要求落实安全措施。乙方运维人员须经甲方审批后通过堡垒机访问，操作全程留痕，不得复制、导出或带离任何数据。
9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并在1小时内报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，包括监管处罚和第三方索赔。

第十条 保密
10.1 乙方对履行本合同中知悉的甲方工作秘密、重点单位信息、网络架构及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
10.2 保密义务不因合同终止而解除。乙方应要求参与本项目的人员签署保密承诺书。

第十一条 知识产权
11.1 乙方为本项目定制开发的119接口程序、可视化大屏、数字预案模板及其源代码、技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
11.2 智慧消防平台软件产品的著作权归乙方所有，甲方获得永久、不可撤销的使用许可。乙方保证甲方使用合同货物不侵犯任何第三方的知识产权，否则由乙方承担全部责任。

第十二条 分包
乙方不得转包本项目。终端安装中的高处作业及线缆敷设如需分包，须在投标文件中载明并事先经甲方书面同意，乙方对分包方的工作承担连带责任。

第十三条 合同解除
乙方严重违约，或出现第五条、第八条约定的解除情形的，甲方有权书面通知乙方解除合同，乙方应退还已收款项并赔偿甲方损失。

第十四条 不可抗力
任何一方因不可抗力不能履行合同的，应在3日内通知对方并提供证明，根据影响程度部分或全部免除责任。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

附件一：设备及点位清单
附件二：实施方案

甲方（盖章）：江岚市消防救援支队            乙方（盖章）：北京安澜智联科技有限公司
授权代表：                                  授权代表：
日期：                                      日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h157z02 — 汽车玻璃缺陷在线检测系统 (hardware supply + post-warranty maintenance), .docx, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H157Z02 = """T:汽车玻璃缺陷在线检测系统采购合同
P:合同编号：XJBL-SB-2025-0268
P:甲方（买方）：鑫晶汽车玻璃（长春）有限公司，住所：长春市汽车经济技术开发区东风南街1199号
P:乙方（卖方）：苏州视准智能装备有限公司，住所：苏州工业园区星湖街218号
P:鉴于甲方为其长春工厂三条夹层前挡风玻璃生产线采购缺陷在线检测系统，乙方具备相应的设计、制造和服务能力，双方经友好协商，达成如下条款。
H:一、合同标的及价格
P:（一）乙方向甲方提供汽车玻璃缺陷在线检测系统三套（每条生产线一套），并负责安装调试、产线联调、与甲方MES系统对接、缺陷样本标定与模型训练以及操作和维护培训。
P:（二）合同价格明细如下，合同总价为人民币叁佰肆拾贰万捌仟元整（¥3,428,000），含13%增值税、运输、保险、安装及质保期内服务费用。
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|线阵相机检测单元（8K线扫相机6组、LED条形光源、镜头及支架）|3套|486,000|1,458,000
TB:2|图像处理工控机（GPU）|6台|68,500|411,000
TB:3|缺陷检测软件许可（含深度学习缺陷分类模块，永久许可）|3套|215,000|645,000
TB:4|打标及剔除执行机构|3套|74,000|222,000
TB:5|中央质量数据服务器及存储|1套|136,000|136,000
TB:|设备及软件小计|||2,872,000
TB:6|安装调试及产线联调|1项||248,000
TB:7|缺陷样本标定及模型训练|1项||186,000
TB:8|MES系统接口开发|1项||94,000
TB:9|培训|1项||28,000
TB:|合同总价|||3,428,000
P:（三）上述价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整。
H:二、付款方式
P:（一）预付款：合同生效且甲方收到乙方开具的收据后10个工作日内，甲方支付合同总价的35%，即¥1,199,800。
P:（二）到货款：全部设备运抵甲方工厂并经甲方签收后，甲方支付合同总价的22%，即¥754,160。到货签收仅确认数量和外观，不构成质量验收。
P:（三）验收款：系统终验合格后，甲方支付合同总价的38%，即¥1,302,640。
P:（四）质保金：合同总价的5%，即¥171,400，于质保期满且无未决质量问题后10个工作日内支付。
P:（五）每次付款前，乙方应开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方长春工厂指定地点，并在到货后45日内完成三条生产线的安装调试。
P:（二）安装调试须在甲方安排的停线窗口内进行，每条生产线停线时间不超过72小时；乙方应提前10日提交停线施工方案，经甲方生产部门确认后实施。
P:（三）乙方人员在甲方厂区作业，应遵守甲方安全生产和保密管理制度。
H:四、验收
P:（一）系统安装调试完成后，乙方书面提出验收申请，甲方按以下标准逐线验收：
P:1. 检测覆盖玻璃全幅面，生产线以每分钟18米速度运行时不降速、不丢帧；
P:2. 使用甲方提供的2,000片标准缺陷样片测试，对0.3毫米及以上的气泡、结石、划伤和夹杂，漏检不超过2片，误判不超过6片；
P:3. 打标与剔除动作与检测结果一致，连续72小时无误剔；
P:4. 检测结果与MES系统的数据逐片核对一致；
P:5. 三条生产线连续稳定运行30日，未发生一级故障。
P:（二）满足上述全部标准后，双方签署终验报告。设备安装、投入生产使用或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:五、质量保证与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，乙方免费维修或更换非人为损坏的硬件，免费升级检测软件，并每季度进行一次现场校准。
P:（二）质保期满后，乙方提供年度维保服务，内容包括备件更换、软件升级、季度校准和远程技术支持。年度维保费按设备及软件小计的17.5%计取，即每年¥502,600，自质保期满之日起三年内不作调整，双方每年签订维保订单。
P:（三）乙方保证停产后至少八年内持续供应备品备件。
H:六、服务水平
P:（一）质保期及维保期内，检测系统月度可用率（不含甲方计划停线时间）不低于99.95%。
P:（二）一级故障（任一条线检测中断或出现大面积漏检）：乙方应在15分钟内远程响应，2小时内工程师到达现场，8小时内恢复；二级故障（单个相机单元或剔除机构异常）：1小时内响应，24小时内修复；三级故障：2个工作日内解决。
P:（三）乙方在长春设常驻服务工程师一名，并在甲方工厂存放关键备件。
P:（四）乙方每超过响应、到场或恢复时限1小时，应向甲方支付¥2,000；月度可用率每低于约定值0.01个百分点，应支付¥1,500。上述款项甲方可从质保金或维保费中扣除。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%；逾期超过45日的，甲方有权解除合同。
P:（二）乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）以合同总价的50%为限，但乙方故意或重大过失、造成人身伤害以及违反第八条、第九条所产生的责任除外。
P:（三）甲方逾期付款的，按逾期付款时一年期贷款市场报价利率（LPR）向乙方支付利息。
H:八、数据安全
P:（一）检测图像、缺陷数据、工艺参数及生产统计数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得复制带离，不得用于为其他客户训练模型或任何其他用途。
P:（二）检测服务器部署在甲方工厂内网。乙方远程维护须提前申请，经甲方批准后通过甲方指定的VPN接入，操作全程录像留存。乙方应落实账号权限、病毒防护和补丁管理，不得在检测设备上安装与本系统无关的软件。
P:（三）发生数据泄露、损毁或病毒感染等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对在履行合同过程中知悉的甲方产品图纸、工艺参数、质量数据、客户信息和经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后五年内持续有效。
H:十、知识产权
P:（一）乙方为甲方标定训练的缺陷分类模型及其参数、MES接口程序及源代码，知识产权归甲方所有，甲方可自由使用、修改，并可许可第三方使用。
P:（二）检测软件产品的著作权归乙方所有，甲方获得永久使用许可。乙方保证甲方使用合同设备和软件不侵犯第三方权利，否则由乙方负责处理并赔偿甲方损失。
H:十一、分包
P:未经甲方书面同意，乙方不得将本合同的任何部分分包或转包给第三方。经同意分包的，乙方仍对分包工作承担全部责任。
H:十二、合同解除
P:乙方逾期交货超过45日、系统两次验收不合格或有其他严重违约行为，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十三、不可抗力
P:因不可抗力不能履行合同的一方，应及时通知对方，并在10日内提供证明，双方协商延期履行或解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交长春仲裁委员会仲裁，仲裁裁决是终局的。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验收大纲。
P:甲方（盖章）：鑫晶汽车玻璃（长春）有限公司    乙方（盖章）：苏州视准智能装备有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h157z03 — 月子中心连锁 客户与服务 SaaS (three years + 实施), .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H157Z03 = """# 暖巢母婴门店管理系统 SaaS 服务合同

**合同编号**：NC-SaaS-2025-1182

**甲方（客户）**：悦禧母婴护理管理（杭州）有限公司，住所：杭州市西湖区文三路 477 号

**乙方（服务商）**：上海云栖母婴科技有限公司，住所：上海市徐汇区漕溪北路 88 号

甲方经营连锁月子中心，乙方运营“暖巢”母婴门店管理 SaaS 平台。双方就乙方向甲方提供平台订阅及实施服务事宜，订立本合同。

## 1. 服务内容

1.1 乙方通过“暖巢”平台向甲方旗下 12 家月子中心提供客户与服务管理服务，包括：孕产客户档案与签约管理、房态与入住管理、护理计划与护理记录、新生儿成长记录、膳食管理、会员营销、家属小程序及消息推送。

1.2 乙方另提供一次性实施服务：12 家门店历史客户数据迁移、系统配置、护理计划模板定制、与甲方用友财务系统的收款接口开发以及门店人员培训。

1.3 订阅服务期为三年，自实施验收合格之次日起计算。

1.4 服务期内，乙方免费提供平台版本升级、新功能更新、在线帮助文档以及工作日 9:00–21:00 的电话和在线客服支持；每年为甲方新入职护理人员组织两次线上培训。

1.5 甲方应指定项目联系人，按乙方要求提供门店、房型、护理套餐和历史客户资料，并负责门店网络和终端设备。

## 2. 费用与支付

2.1 费用明细如下：

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 门店版订阅（12 家门店） | 每店每年 18,600 元 | 223,200 | 669,600 |
| 护理 APP 账号（180 个） | 每账号每年 420 元 | 75,600 | 226,800 |
| 家属小程序及消息服务 | 按年 | 36,000 | 108,000 |
| 实施服务 | 一次性 | — | 186,000 |
| **合计** | | 334,800 | **1,190,400** |

2.2 订阅费按季度结算：每季度结束后 15 日内，甲方按年费的四分之一支付当季订阅费（¥83,700）。甲方无需预付任何订阅费。

2.3 实施费在实施验收合格后 15 个工作日内一次性支付。

2.4 服务期内新增门店或账号的，按上表单价按月折算计费。乙方收款后开具增值税专用发票。

## 3. 实施与验收

3.1 乙方应在合同签订后 10 日内提交实施计划，并在合同签订后 45 日内完成 12 家门店的上线工作。门店上线按先杭州、后上海和苏州的顺序分批进行，每批上线前乙方应完成数据试迁移并由甲方门店确认。

3.2 实施验收标准：
1. 历史客户档案（约 9,600 份）迁移后逐份核对，字段缺失或错误不超过 10 份，且全部修正；
2. 12 家门店的房态、护理计划、膳食和会员模块按《功能确认清单》逐项测试通过；
3. 与财务系统的收款、退款数据连续 10 个工作日核对一致；
4. 各门店护理主管及前台人员培训考核合格。

3.3 满足上述标准后，双方签署实施验收单。门店上线使用或甲方付款均不视为验收合格。

3.4 因乙方原因未按 3.1 条约定完成上线的，每逾期一日，乙方按本合同总金额的千分之一向甲方支付违约金，累计不超过本合同总金额的 10%。

## 4. 服务水平

4.1 平台月可用率不低于 99.5%。计划维护安排在每日 2:00–5:00，并提前 48 小时通知甲方。

4.2 一级故障（平台无法登录、入住或护理记录无法保存）：30 分钟内响应，3 小时内恢复；二级故障（单个模块异常）：2 小时内响应，1 个工作日内解决；三级故障（咨询类问题）：2 个工作日内答复。

4.3 月可用率低于约定值的，按当月订阅费的 5% 抵扣；低于 99% 的，抵扣 10%；低于 98% 的，抵扣 20%。

4.4 一级故障超过恢复时限的，每超过 1 小时，抵扣当月订阅费的 1%。抵扣款从下一季度订阅费中扣除。

## 5. 数据

5.1 甲方及其客户在平台中录入、产生的数据（包括产妇和新生儿的身份、健康、护理信息及家属联系方式）归甲方所有。

5.2 乙方可对上述数据进行去标识化处理后，用于平台产品改进、算法模型训练及母婴行业分析报告；该项使用权在本合同终止后继续有效。

5.3 乙方应将数据存储于中国境内（阿里云华东 2 地域），平台已通过网络安全等级保护第三级测评。乙方应对敏感个人信息加密存储和传输，按最小权限原则管理访问，访问日志保存不少于六个月，并遵守《个人信息保护法》《数据安全法》。

5.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在 24 小时内通知甲方，并协助甲方通知个人和监管部门；因乙方原因导致的安全事件，乙方赔偿甲方全部损失。

5.5 合同终止后 30 日内，乙方应按甲方要求以通用格式交付全部数据，并在甲方确认后删除。

## 6. 保密

6.1 双方对在合作中知悉的对方商业秘密、客户信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。

6.2 保密义务在本合同终止后三年内持续有效。

## 7. 知识产权

7.1 “暖巢”平台及其软件的著作权归乙方所有。

7.2 乙方为甲方定制的护理计划模板、统计报表和财务接口程序，知识产权归甲方所有，甲方可自由使用和修改。

## 8. 续期

8.1 服务期满前 60 日，任何一方未书面通知对方不续约的，本合同自动续期一年，并可依此连续续期。

8.2 续期期间的订阅费由乙方按其届时公布的标准价格确定，但单价上调幅度不超过上一期的 10%。

## 9. 责任限制

乙方在本合同项下的累计赔偿责任以本合同总金额的 150% 为限；因乙方原因导致数据泄露的赔偿不受此限。任何一方均不对间接损失承担责任。

## 10. 分包

乙方使用的云基础设施服务商为阿里云，甲方签署本合同即视为同意。除此以外，乙方将任何服务分包给第三方的，须事先取得甲方书面同意。

## 11. 合同解除

11.1 乙方严重违约（包括连续两个月可用率低于 98%、发生重大数据安全事件），经甲方书面通知后 15 日内未纠正的，甲方有权解除合同，乙方应配合数据迁移并赔偿损失。

11.2 甲方逾期支付订阅费超过 60 日，经乙方催告后 15 日内仍未支付的，乙方有权暂停服务。

## 12. 不可抗力

因不可抗力导致任何一方不能履行本合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；乙方应尽力恢复服务，并启用异地备份。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 14. 其他

本合同附件《功能确认清单》《实施计划》与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：悦禧母婴护理管理（杭州）有限公司　　乙方（盖章）：上海云栖母婴科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h157z04 — 县财政局 预算管理一体化系统 年度运维 (政府采购 竞争性磋商), .pdf, "N. 标题" + N.N
# ---------------------------------------------------------------------------------------------------------------
H157Z04 = """T:清溪县预算管理一体化系统2026年度运行维护服务合同
P:采购方式：竞争性磋商    项目编号：QXCZ-2025-CS-093
P:甲方（采购人）：清溪县财政局，住所：清溪县城关镇人民路56号
P:乙方（成交供应商）：江右数智财政科技有限公司，住所：南昌市红谷滩区丰和中大道912号
P:根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就预算管理一体化系统年度运行维护服务，经协商一致订立本合同。
H:1. 服务内容
P:1.1 乙方为县本级及18个乡镇、126家预算单位使用的预算管理一体化系统（含预算编制、指标管理、国库集中支付、会计核算、决算和资产管理模块）提供运行维护服务。
P:1.2 服务期为2026年1月1日至2026年12月31日。
P:1.3 服务内容包括：驻场运维、系统巡检与性能优化、年度版本适配升级、数据备份恢复演练及安全加固、预算编制期和决算期专项保障。
P:1.4 驻场运维包括：用户账号与权限维护、预算单位操作咨询与问题处理、基础数据维护、报表调整、与国库集中支付代理银行及省级平台的接口监控、系统日志检查和故障处理。
P:1.5 系统巡检与性能优化包括：数据库空间与性能检查、应用服务器和中间件检查、慢查询优化、存储容量预警，每季度形成巡检报告。
H:2. 合同金额
P:2.1 本合同总价为人民币柒拾陆万陆仟元整（¥766,000），为固定总价，明细如下：
TB:序号|服务项目|金额（元）
TB:1|驻场运维服务（3名工程师，工作日驻场）|486,000
TB:2|系统巡检与性能优化（按季度）|64,000
TB:3|年度版本适配升级（对接省级平台规范更新）|118,000
TB:4|数据备份恢复演练及安全加固|52,000
TB:5|预算编制期、决算期专项保障|46,000
TB:|合计|766,000
P:2.2 上述价格包含人员、差旅、工具、税费等全部费用。
H:3. 付款方式
P:3.1 本合同不设预付款。服务费按季度支付，每季度结束后15个工作日内，甲方凭乙方提交的运维季报和等额发票支付当季服务费¥191,500。
P:3.2 甲方付款受财政资金拨付进度影响的，应提前告知乙方，乙方不得因此中断服务。
H:4. 服务要求
P:4.1 乙方派驻3名工程师，工作日8:30至17:30在甲方驻场；预算编制期（每年10月至11月）和决算期（1月至2月）按甲方要求延长服务时间并安排夜间值守。
P:4.2 省财政厅发布新版数据规范或接口标准的，乙方应在省厅规定的上线日期前完成适配升级，并在测试环境经甲方确认后部署至生产环境。
P:4.3 乙方每季度进行一次全面巡检，每半年进行一次备份恢复演练，并提交书面报告。
P:4.4 乙方驻场人员应保持稳定，更换人员须提前10日书面征得甲方同意。驻场项目负责人应具有三年以上财政信息化运维经验。
P:4.5 甲方为乙方驻场人员提供办公场所和必要的网络条件，并指定专人负责与乙方对接、确认工单和运维报告。
P:4.6 乙方应在服务期开始后20日内提交年度运维方案和应急预案，明确故障上报流程、备份策略、应急联系人和备品备件安排，经甲方确认后执行；预算编制期开始前，乙方应组织一次应急演练。
P:4.7 乙方应建立工单记录，每项问题从受理到关闭均应记录处理人、处理过程和结果，并定期向甲方汇报高频问题和优化建议。
H:5. 服务水平
P:5.1 一级故障（系统整体无法访问，或支付、指标下达业务中断）：乙方应在30分钟内响应，驻场工程师15分钟内到达现场，2小时内恢复业务。
P:5.2 二级故障（单一模块或部分预算单位无法使用）：1小时内响应，8小时内解决。三级故障（使用咨询、一般问题）：1个工作日内解决。
P:5.3 乙方每月提交运维月报，如实记录工单、响应及解决时间。服务水平未达标的，甲方可书面要求乙方限期整改；考核结果记入乙方履约档案，作为以后年度采购评审的参考。
H:6. 验收
P:6.1 服务期满后15日内，甲方组织年度运维服务验收，标准为：（1）全年一级故障均在5.1条时限内恢复；（2）按季提交巡检报告4份，发现的问题全部闭环；（3）完成至少两次备份恢复演练，恢复数据与源数据核对一致；（4）预算单位满意度测评平均得分不低于90分；（5）运维文档、配置清单和账号清单完整移交。
P:6.2 验收不合格的，乙方应在15日内整改并重新申请验收。验收合格后，甲方出具书面验收意见，作为本项目履约评价的依据。
H:7. 违约责任
P:7.1 乙方未按4.2条约定的上线日期完成版本适配升级部署的，每逾期一日，按合同总价的0.02%向甲方支付违约金。
P:7.2 因乙方原因造成数据丢失或损坏的，乙方应负责恢复，并赔偿甲方由此产生的损失。
P:7.3 乙方驻场人员无故缺岗的，乙方应及时补派人员。
H:8. 数据安全
P:8.1 系统中的预算、指标、支付、核算及单位信息等全部数据归甲方所有。乙方仅为履行本合同处理数据，不得用于其他任何目的。
P:8.2 乙方运维人员须使用甲方分配的实名账号，经堡垒机在政务外网内操作，操作全程审计；未经甲方书面批准不得复制、导出或带离任何数据，不得使用个人终端接入。
P:8.3 乙方应按网络安全等级保护第三级要求落实补丁、口令和日志管理。发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任。
H:9. 保密
P:乙方及其人员对在服务过程中知悉的财政数据、工作秘密、系统账号和网络信息负有保密义务，未经甲方书面同意不得向任何第三方披露；保密义务不因合同终止而解除。乙方应与驻场人员签订保密协议。
H:10. 知识产权
P:乙方在运维过程中为甲方形成的脚本、配置、巡检报告、运维文档以及版本适配程序，知识产权归甲方所有。一体化系统软件平台本身的著作权归原权利人所有。
H:11. 分包
P:乙方可将机房硬件巡检、设备维修等非主体、非关键性工作分包给具备相应能力的单位，分包前应书面告知甲方并报甲方备案。乙方对分包工作承担全部责任。
H:12. 合同解除
P:乙方严重违约，或连续两个季度发生一级故障未按时恢复的，甲方有权书面通知乙方解除合同，并按实际服务期限结算费用。
H:13. 不可抗力
P:因不可抗力不能履行合同的一方，应及时通知对方，并在不可抗力事件结束后尽快恢复服务；因不可抗力导致的延误不视为违约。
H:14. 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，任何一方可向清溪县人民法院提起诉讼。
H:15. 其他
P:15.1 本合同期满自动终止，下一年度服务由甲方依法另行采购。乙方应在合同期满前配合完成运维资料交接，保证系统平稳过渡。
P:15.2 竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
P:15.3 本合同一式五份，甲方三份，乙方一份，采购代理机构一份，自双方签字盖章之日起生效。
P:甲方（盖章）：清溪县财政局        乙方（盖章）：江右数智财政科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h157z05 — 茶饮原料企业 WMS 软件许可 + 定制开发, supplier's own template, .md, "## 第X条" + X.Y
# ---------------------------------------------------------------------------------------------------------------
H157Z05 = """# 仓擎WMS软件许可及实施服务合同

（乙方标准合同文本 CQ-HT-WMS V4.0）

- 合同编号：CQ2025-WMS-0716
- 甲方（用户）：广东甘茗食品科技有限公司，住所：佛山市南海区狮山镇科韵路 19 号
- 乙方（许可方）：深圳仓擎软件有限公司，住所：深圳市南山区粤海街道科技南十二路 6 号

甲方为茶饮原料（茶叶、果酱、奶基底、糖浆）生产企业，拟使用乙方仓擎WMS软件管理其仓储业务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方授予甲方仓擎WMS企业版软件的永久使用许可，适用于 3 个仓库（佛山总仓、佛山冷链仓、嘉兴前置仓）、60 个用户及 40 台 PDA 手持终端。

1.2 乙方按甲方需求进行定制开发：批次与效期管理（先到期先出）、冷链温区库位管理、原料质检放行流程、与金蝶云星空 ERP 及甲方 TMS 系统的接口。

1.3 乙方提供实施服务，包括需求调研、蓝图设计、系统配置、基础数据初始化、上线支持及培训。

1.4 软件许可仅限甲方在上述仓库和用户数量范围内使用。甲方增加仓库、用户或终端的，应按乙方当时的报价另行购买许可。软件许可不得转让、出租或再许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS企业版软件许可（3 仓、60 用户，永久许可） | 520,000 |
| 2 | PDA 移动端许可（40 台终端） | 64,000 |
| 3 | 定制开发（效期管理、冷链温区、质检放行、ERP/TMS 接口） | 386,000 |
| 4 | 实施服务 | 148,000 |
| 5 | 培训 | 22,000 |
| | 合计 | 1,140,000 |

合同总价为人民币壹佰壹拾肆万元整（¥1,140,000），含税。

## 第三条 付款方式

3.1 合同签订后 5 个工作日内，甲方向乙方支付合同总价的 55%，即 ¥627,000，乙方收到该款项后启动项目。

3.2 系统上线后 5 个工作日内，甲方支付合同总价的 45%，即 ¥513,000。

3.3 乙方在收到每笔款项后 10 个工作日内向甲方开具增值税专用发票。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过 15 日的，乙方有权暂停实施或服务，工期相应顺延。

## 第四条 项目实施

4.1 乙方在收到第 3.1 条款项后 90 日内完成系统上线。

4.2 甲方应按乙方要求提供需求资料、基础数据、服务器及网络环境，并指定项目负责人。因甲方原因造成延误的，工期相应顺延，乙方不承担责任。

4.3 甲方在蓝图确认后提出的需求变更，乙方另行报价，费用由甲方承担。

4.4 项目实施分为需求调研、蓝图设计、开发配置、数据初始化、用户培训和系统上线六个阶段。各阶段成果以乙方提交的文档为准，甲方应在收到后 3 个工作日内确认；逾期未确认的，视为甲方已确认。

4.5 甲方应自行采购并部署服务器、数据库、PDA 终端和打印设备，并保证网络环境满足系统运行要求。

4.6 乙方为甲方提供两次集中培训（关键用户培训和仓库操作员培训），每次不超过两天，地点在甲方佛山总仓；培训后由甲方关键用户负责内部推广。甲方需要额外培训的，按乙方人天价格另行计费。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 乙方在系统上线后出具《项目验收单》，甲方应在 3 个工作日内签署；甲方逾期未签署，或已使用系统处理出入库业务的，视为验收合格。

## 第六条 免费维护与后续服务

6.1 免费维护期为三个月，自系统上线之日起计算。免费维护期内，乙方通过电话、远程方式提供故障处理和使用咨询，现场服务按乙方人天价格另行收费。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时有效的服务价格表收取。

6.3 故障响应：一级故障（系统无法登录、出入库作业中断）乙方在 10 小时内响应；二级故障在 2 个工作日内响应；一般问题在 5 个工作日内响应。

6.4 乙方将尽合理努力解决故障，但不对解决时间作出承诺，亦不因响应或修复超时承担任何扣款、赔偿或违约金。

## 第七条 知识产权

7.1 仓擎WMS软件产品的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的成果（包括源代码、接口程序、报表模板及相关文档），知识产权归乙方所有。甲方在本合同许可范围内享有非独占、不可转让的使用权，不得修改、反向工程，亦不得提供给第三方使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据（包括库存、批次、供应商和客户订单数据）归甲方所有。

8.2 甲方同意，乙方可对甲方业务数据进行脱敏、汇总处理后，用于乙方产品优化、行业基准分析及市场研究。

8.3 乙方远程维护须经甲方授权，使用甲方分配的账号，操作留存日志。乙方对其可接触的数据采取访问控制、传输加密等安全措施；发现数据泄露的，应在 48 小时内通知甲方；因乙方过错导致数据泄露的，乙方承担赔偿责任，但赔偿金额受第十条限制。

## 第九条 保密

9.1 双方对在履行本合同过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

9.2 双方应对本合同的价格条款保密。本条在合同终止后两年内持续有效。

## 第十条 违约责任

10.1 因乙方原因系统延期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的 2%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的 25%。乙方不承担间接损失、利润损失及数据丢失损失。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后 15 日内仍未纠正的，守约方有权解除合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十二条 不可抗力

因不可抗力致使合同不能履行的，受影响方不承担责任，但应及时通知对方。网络故障、第三方系统故障、病毒攻击及甲方服务器故障导致的系统中断，视为不可抗力。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同未尽事宜，由双方协商解决。

14.2 甲方应对乙方提供的软件安装介质、授权文件和技术文档妥善保管，不得超出许可范围安装使用。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广东甘茗食品科技有限公司

乙方（盖章）：深圳仓擎软件有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h157e01 — Deqing fishing-tackle maker: product-data (PIM) perpetual licence + configuration + support; Irish
# vendor on Inishcealtra, Irish house style; .txt, "N. HEADING" + N.N, referred to as "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H157E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

THIS AGREEMENT is dated the ____ day of ______________ 2025

BETWEEN:

(1) LOUGH DERG DATA SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland under the
    Companies Act 2014 (registered number 648213), having its registered office at The Old Boathouse,
    Inishcealtra, Mountshannon, County Clare, Ireland (the "Vendor"); and

(2) DEQING SILVERLINE FISHING TACKLE CO., LTD., a company incorporated in the People's Republic of China, having
    its registered office at No. 58 Yingxi Road, Wukang Street, Deqing County, Huzhou, Zhejiang Province, China
    (the "Customer").

BACKGROUND:

(A) The Vendor develops and licenses ProductLedger, a product information management software.

(B) The Customer manufactures fishing rods, reels, lines and lures and sells them to dealers abroad and through
    online marketplaces. It wishes to acquire a perpetual licence of ProductLedger and to have the Vendor
    configure it and connect it to its sales channels.

IT IS AGREED as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement:
    "Acceptance Tests" means the tests described in Clause 6.2;
    "Business Day" means a day other than a Saturday, a Sunday or a public holiday in the People's Republic of
    China;
    "Customer Data" means all product data, images, prices, dealer information and other data of the Customer;
    "Customer Deliverables" means the data model, attribute mappings, channel connectors, import scripts, export
    templates and documentation created by the Vendor for the Customer under this Agreement;
    "Final Acceptance" means the issue by the Customer of a Final Acceptance Certificate under Clause 6.3;
    "Go-Live" means the first day on which the Customer publishes product data from the Software to a live sales
    channel;
    "Software" means ProductLedger Enterprise version 7 and its updates; and
    "Warranty Period" means the period of eighteen (18) months starting on the date of Final Acceptance.

1.2 References to Clauses and Schedules are to the clauses of and the schedules to this Agreement.

2. LICENCE

2.1 In consideration of the payment of the Licence Fee, the Vendor grants to the Customer a perpetual,
    irrevocable, non-exclusive licence to install and use the Software on servers operated by or for the
    Customer in the People's Republic of China, for up to forty-five named users and two brand catalogues.

2.2 The Software will be installed on the Customer's own Alibaba Cloud tenancy in the Hangzhou region.

3. SERVICES

3.1 The Vendor shall configure the Software, including a data model with variant handling, the migration of
    approximately 18,400 SKUs from spreadsheets and the Kingdee ERP system, and dealer price-list templates.

3.2 The Vendor shall build channel connectors to Amazon Seller Central (European and North American
    marketplaces), Tmall Global and the Customer's dealer EDI feed.

3.3 The Vendor shall provide six days of training on site in Deqing for up to twenty users.

3.4 The Services shall be performed in accordance with the project plan in Schedule 2, which sets a target
    Go-Live date one hundred and twenty days after the date of this Agreement (the "Go-Live Date").

4. CHARGES AND PAYMENT

4.1 At the Customer's request all amounts are stated and payable in Renminbi (CNY). The charges are:

    Item                                                  Amount (CNY)
    Licence Fee (perpetual, 45 named users)               960,000
    Configuration and data migration                      412,000
    Channel connectors                                    236,000
    Training                                               34,000
    Contract Price                                      1,642,000

4.2 The Contract Price is payable as follows:
    (a) 20% (CNY 328,400) within thirty days after the date of this Agreement;
    (b) 45% (CNY 738,900) within thirty days after Go-Live; and
    (c) 35% (CNY 574,700) within thirty days after Final Acceptance.

4.3 The Contract Price is fixed and includes all travel and expenses of the Vendor's personnel.

5. DELIVERY AND DELAY

5.1 The Vendor shall achieve Go-Live by the Go-Live Date.

5.2 If Go-Live is delayed beyond the Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay
    the Customer liquidated damages of CNY 1,400 for each day of delay, up to a maximum of 10 per cent of the
    Contract Price. The parties agree that this amount is a genuine pre-estimate of the Customer's loss and not a
    penalty.

5.3 If the delay exceeds sixty days, the Customer may terminate this Agreement under Clause 14.2.

6. ACCEPTANCE

6.1 Go-Live is not Final Acceptance. Neither the use of the Software in production nor any payment shall be
    treated as acceptance of the Software or the Services.

6.2 The Acceptance Tests are:
    (a) all SKUs migrated, with the Vendor's reconciliation report showing every mandatory attribute populated
        and matching the source data, and every difference corrected;
    (b) ten consecutive daily feeds to each channel connector accepted by the channel without error;
    (c) dealer price-list exports for three sample dealers matching the prices held in the ERP system; and
    (d) twenty Business Days of production use with no Severity 1 incident outstanding.

6.3 The Customer shall issue a Final Acceptance Certificate within ten Business Days after the Acceptance Tests
    have been passed. If a test is failed, the Vendor shall remedy the failure and repeat the test at its own
    cost; after a second failure the Customer may terminate this Agreement and recover all sums paid.

7. WARRANTY

7.1 The Vendor warrants that during the Warranty Period the Software will perform materially in accordance with
    its documentation and the Customer Deliverables in accordance with their agreed specifications. The Vendor
    shall correct any defect notified during the Warranty Period free of charge and shall supply all updates and
    new releases and the support described in Clause 8 without charge during the Warranty Period.

8. SUPPORT AND SERVICE LEVELS

8.1 The Vendor shall provide support by telephone, e-mail and remote session. Severity levels and times are:
    Severity 1 (Software unavailable, or feeds to all channels stopped): response within 1 hour, at any time of
    day on any day; workaround within 8 hours.
    Severity 2 (a major function or one channel connector impaired): response within 2 hours on Business Days;
    resolution within 3 Business Days.
    Severity 3 (minor issues and questions): response by the next Business Day.

8.2 For each hour by which the Severity 1 response or workaround time is exceeded, the Vendor shall give a service
    credit of CNY 1,500, and for each Business Day by which a Severity 2 resolution time is exceeded, CNY 500.
    Service credits are deducted from the next invoice or, if none is due, paid to the Customer.

8.3 After the Warranty Period the Customer may purchase annual support at a fee of 13% of the Licence Fee, being
    CNY 124,800 per year. That fee is fixed for the first three years after the Warranty Period; any later
    increase shall be agreed in writing and shall not exceed 3 per cent per year. Support is renewed each year by
    the Customer's purchase order and does not renew automatically.

9. CUSTOMER DATA AND SECURITY

9.1 Customer Data is and remains the property of the Customer. The Vendor shall process Customer Data only as
    necessary to perform this Agreement and on the Customer's documented instructions, and shall not use it for
    any other purpose or disclose it to any third party.

9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor
    authentication, each session having been approved in advance by the Customer and logged. The Vendor shall not
    keep any copy of Customer Data outside the Customer's systems. Test data shall be provided by the Customer.

9.3 The Vendor shall comply with the data-protection laws of the People's Republic of China.

9.4 The Vendor shall notify the Customer without undue delay, and in any event within 24 hours after becoming
    aware of it, of any actual or suspected security incident affecting Customer Data, shall co-operate in its
    investigation and remediation, and shall indemnify the Customer against all losses, costs and fines arising
    from any incident caused by a breach of this Clause 9.

10. INTELLECTUAL PROPERTY

10.1 All intellectual property rights in the Software remain with the Vendor and its licensors.

10.2 All intellectual property rights in the Customer Deliverables vest in the Customer on creation, and the
    Vendor hereby assigns them to the Customer. The Vendor shall deliver the source code of the channel connectors
    and import scripts. The Customer may use, modify and license the Customer Deliverables freely.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all information of the other party that is by its nature confidential,
    including the Customer's product plans and dealer prices, and shall use it only for this Agreement.

11.2 This Clause 11 survives for five years after termination.

12. LIMITATION OF LIABILITY

12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

12.2 Subject to Clause 12.1, the total aggregate liability of the Vendor under or in connection with this
    Agreement shall not exceed 150 per cent of the Contract Price. Liability under Clause 9 is not limited.

12.3 Neither party is liable for any indirect or consequential loss.

13. SUBCONTRACTING

13.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent, and
    shall remain responsible for the acts and omissions of any approved subcontractor.

14. TERM AND TERMINATION

14.1 The licence in Clause 2 survives termination.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach
    which, if capable of remedy, is not remedied within thirty days after written notice. The Customer may also
    terminate under Clauses 5.3 and 6.3.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties. No variation is effective unless it is in
    writing and signed by both parties.

16. GOVERNING LAW AND JURISDICTION

16.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be
    governed by and construed in accordance with the laws of Ireland.

16.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in
    connection with this Agreement.

SCHEDULE 1 - Software, users and catalogues
SCHEDULE 2 - Project plan

IN WITNESS whereof the parties have entered into this Agreement on the date first written above.

SIGNED by ____________________ for and on behalf of LOUGH DERG DATA SYSTEMS LIMITED

SIGNED by ____________________ for and on behalf of DEQING SILVERLINE FISHING TACKLE CO., LTD.
"""

# ---------------------------------------------------------------------------------------------------------------
# h157e02 — Dunhuang desert-camp operator: booking SaaS, Order Form + General Terms; German vendor on Niederwerth,
# German house style; .md, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H157E02 = """# Order Form — CampDesk Cloud Booking Platform

**Order No.** RSW-2025-0611

**Vendor:** Rheininsel Software GmbH, Inselstraße 4, 56179 Niederwerth, Germany; registered with the Local Court
(Amtsgericht) of Koblenz under HRB 27415; Managing Directors: Jonas Achenbach, Miriam Weyand (the "Vendor")

**Customer:** Dunhuang Mingsha Starlight Camp Management Co., Ltd., Mingsha Mountain Scenic Area, Dunhuang,
Gansu Province, People's Republic of China (the "Customer")

## 1. Subscribed Services and Fees

At the Customer's request all fees are stated and payable in Chinese Yuan (CNY).

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| CampDesk Professional | booking engine, tent inventory and room rack, activity scheduling (camel treks, sand-sledding, stargazing tours), guest CRM, front-desk POS | 68 tents, 3 activity catalogues | 21,600 per month |
| Channel Manager | two-way inventory and rate synchronisation with up to six OTA channels (Ctrip, Fliggy, Meituan, Qunar, Booking.com, Agoda) | 6 channels | 4,800 per month |
| Onboarding | configuration, import of two seasons of bookings, OTA mapping, WeChat Pay interface, four days of on-site training in Dunhuang | one-off | 58,000 |

- Subscription Term: 36 months from Go-Live Acceptance.
- Total Contract Value: CNY 1,008,400 (36 × CNY 26,400 monthly fees plus the Onboarding fee of CNY 58,000).
- Go-Live Date: 1 March 2026, before the Customer's main season.
- Hosting: Alibaba Cloud, China (Beijing) region.
- Support hours: Monday to Friday, 09:00–18:00 Central European Time; Priority 1 incidents may be reported at
  any time through the hotline.

The Vendor's General Terms and Conditions for Cloud Services (Version 2025-03) printed below form part of the
contract. In case of conflict, this Order Form prevails.

Niederwerth / Dunhuang, dated ____________

For the Vendor: ____________________        For the Customer: ____________________

---

# General Terms and Conditions for Cloud Services (Version 2025-03)

## § 1 Scope

(1) These General Terms apply to all cloud services provided by the Vendor under an Order Form. The Order Form
and these General Terms together form the contract (the "Contract").

## § 2 Subject Matter

(1) The Vendor provides the CampDesk software as a service via the internet. For the Subscription Term the Customer
receives a non-exclusive, non-transferable right to use CampDesk for its own business operations, for the number
of tents, catalogues and channels stated in the Order Form.

## § 3 Term and Renewal

(1) The Contract begins when the Order Form has been signed by both parties. The Subscription Term begins on the
day of Go-Live Acceptance under § 5 and runs for 36 months.

(2) After expiry of the Subscription Term the Contract is extended by one year at a time unless either party gives
notice of termination at least three months before the end of the current term. During any extension the fees
stated in the Order Form continue to apply unchanged; any change of fees requires the written agreement of both
parties.

(3) The right of each party to terminate for good cause under § 12 remains unaffected.

## § 4 Fees and Payment

(1) Monthly fees are invoiced monthly in arrears, starting with the month in which Go-Live Acceptance takes place.
The Onboarding fee is invoiced after Go-Live Acceptance. No fees are payable in advance.

(2) Invoices are payable within 30 days after receipt. In case of late payment the Vendor may charge default
interest at the statutory rate.

## § 5 Onboarding and Go-Live Acceptance

(1) The Vendor performs the Onboarding in accordance with the project plan agreed at the kick-off meeting.

(2) Before Go-Live the Vendor demonstrates in acceptance tests that:
a) a complete booking, check-in and check-out can be made for each of the 68 tents and each activity through the
   online booking engine and through the front desk;
b) a change of inventory or rate in CampDesk is shown on all six OTA channels within 60 seconds in 50 consecutive
   tests;
c) WeChat Pay payments and refunds reconcile with the merchant statement on five consecutive days; and
d) the two seasons of historical bookings have been imported and reconcile by number and by revenue.

(3) After successful tests the Customer declares Go-Live Acceptance in text form within five business days. The
use of CampDesk in live operation does not in itself constitute acceptance.

(4) If Go-Live Acceptance has not been achieved by the Go-Live Date for reasons for which the Vendor is
responsible, the Vendor shall pay a contractual penalty of 0.08% of the Total Contract Value for each calendar day
of delay, up to a maximum of 5% of the Total Contract Value. Further claims for damages remain unaffected; the
contractual penalty is credited against them.

## § 6 Service Levels

(1) The Vendor guarantees an availability of CampDesk of 99.95% per calendar month, measured at the exit point of
the data centre to the internet. Scheduled maintenance is excluded if it is announced five days in advance, takes
place between 01:00 and 05:00 Beijing time and does not exceed six hours per month.

(2) If the availability in a month falls below the agreed value, the Customer receives a service credit of 5% of
the monthly fees of that month; below 99.5% a credit of 10%, and below 99.0% a credit of 20%. Service credits are
set off against the next invoice.

(3) Incidents are classified by the Customer as follows:
- Priority 1 (CampDesk unavailable, or no bookings can be made): reaction time 6 hours;
- Priority 2 (an important function impaired, for example one OTA channel not synchronising): reaction time by the
  end of the next business day;
- Priority 3 (other faults and questions): reaction time three business days.

The reaction time runs from receipt of the incident report to the start of qualified analysis.

## § 7 Data Protection and Data Security

(1) All data entered into or generated in CampDesk by or for the Customer, in particular guest names, identity
document numbers, contact details, bookings and payment references ("Customer Data"), remain the property of the
Customer. The Vendor processes Customer Data solely on behalf of and on the instructions of the Customer in order
to provide the services, and does not use it for any other purpose or disclose it to third parties.

(2) Customer Data is stored exclusively in the hosting region stated in the Order Form. Support access is made
only through a support account in that region which the Customer approves for each ticket; no Customer Data is
transferred outside mainland China. The Vendor complies with the Personal Information Protection Law and the Data
Security Law of the People's Republic of China.

(3) The Vendor maintains appropriate technical and organisational measures, including encryption in transit and
at rest, role-based access with two-factor authentication, logging of all administrative access, daily backups
kept for 30 days and an annual penetration test by an independent tester.

(4) The Vendor notifies the Customer within 24 hours after becoming aware of any breach of the security of
Customer Data, supports the Customer in meeting its notification duties, and is liable for the damage caused by
its breach of this § 7 without the limitation in § 9 (2).

(5) After the end of the Contract the Vendor hands over all Customer Data in CSV or JSON format within 30 days and
then deletes it, confirming the deletion in writing.

## § 8 Confidentiality

(1) Each party keeps confidential all business and trade secrets of the other party that become known to it in
connection with the Contract, and uses them only for the purposes of the Contract.

(2) This obligation continues for three years after the end of the Contract.

## § 9 Liability

(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health,
under any guarantee it has given, and for breach of § 7.

(2) In cases of slight negligence the Vendor is liable only for the breach of material contractual obligations
(cardinal obligations), limited to the damage typical of the contract and foreseeable at its conclusion, and in
any case in aggregate to the fees paid by the Customer in the six months preceding the event giving rise to the
claim.

## § 10 Rights in Work Results

(1) All rights in CampDesk and its documentation remain with the Vendor.

(2) The configurations, rate plans, e-mail and confirmation templates and custom reports created specifically for
the Customer during Onboarding ("Customer-Specific Work Results") belong to the Customer. The Customer receives the
exclusive, perpetual and transferable right to use, modify and sublicense them, also after the end of the
Contract; the Vendor exports them on request.

## § 11 Subcontractors

(1) The Vendor may engage subcontractors only with the prior written consent of the Customer. Consent for Alibaba
Cloud as hosting provider is given by signing the Order Form.

(2) The Vendor remains responsible for its subcontractors as for its own conduct.

## § 12 Termination for Good Cause

(1) Each party may terminate the Contract for good cause without notice. Good cause for the Customer exists in
particular if the Vendor commits a material breach of contract and does not remedy it within 14 days after a
written warning, if the availability falls below 99.0% in two consecutive months, or if Go-Live Acceptance is
delayed by more than 45 days.

(2) Good cause for the Vendor exists in particular if the Customer is in default with the payment of two monthly
fees.

## § 13 Force Majeure

Neither party is responsible for delays caused by force majeure, including sandstorms.

## § 14 Governing Law and Place of Jurisdiction

(1) The Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on
Contracts for the International Sale of Goods (CISG).

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Contract is
Koblenz, Germany.

## § 15 Final Provisions

(1) Amendments to the Contract must be made in writing.

(2) Should any provision of the Contract be invalid, the validity of the remaining provisions is not affected.

(3) The Contract is made in English.
"""

# ---------------------------------------------------------------------------------------------------------------
# h157e03 — Hainan grouper hatchery: tank sensors + maintenance; French integrator on the Île Agot, buyer's paper;
# .docx with a Word price table and a severity table, "Article N – Title"
# ---------------------------------------------------------------------------------------------------------------
H157E03 = """T:Contract for the Supply, Installation and Maintenance of a Tank-Monitoring System
P:Contract No. LSG-2025-EQ-044
P:BETWEEN Hainan Lingshui Blue Grouper Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, having its registered office at Xincun Town, Lingshui Li Autonomous County, Hainan Province, represented by its legal representative (hereinafter the "Buyer"),
P:AND Agot Aquatech SARL, a French société à responsabilité limitée with a share capital of EUR 150,000, registered with the Trade and Companies Register of Saint-Malo under number 852 417 309, having its registered office on the Île Agot, 35800 Saint-Briac-sur-Mer, France, represented by its gérant (hereinafter the "Integrator"),
P:hereinafter together the "Parties".
H:Preamble
P:The Buyer operates a grouper hatchery and nursery in Lingshui with 96 hatchery tanks and 24 nursery raceways. Losses caused by oxygen depletion and ammonia peaks have led the Buyer to invite offers for a continuous water-quality monitoring system with automatic oxygen control. Following its technical and commercial evaluation, the Buyer selected the Integrator's offer of 12 September 2025. The Parties have therefore agreed as follows, on the Buyer's contract form.
H:Article 1 – Definitions
P:In this Contract: "System" means the probes, analysers, gateways, valve controllers, monitoring software and associated cabling described in Article 2; "Installation Certificate" means the certificate issued under Article 5.3; "Final Acceptance" means the acceptance declared by the Buyer under Article 6; "Warranty Period" means the period defined in Article 7.1; "Buyer Data" means all measurements, alarms, tank records, production data and other data generated by the System or supplied by the Buyer.
H:Article 2 – Purpose and Scope
P:2.1 The Integrator shall supply, install, configure and commission the System and shall train the Buyer's staff, so that dissolved oxygen, temperature, pH, salinity and ammonia nitrogen are measured continuously in every tank and raceway and oxygen is added automatically when the dissolved-oxygen level falls below the set point.
P:2.2 The scope includes the integration of the System with the Buyer's existing feeding-control system and the sending of alarms by SMS and by the Buyer's enterprise WeChat account.
P:2.3 The detailed technical specification is set out in Annex 1, which forms part of this Contract.
H:Article 3 – Contract Price
P:3.1 At the Buyer's request the price is stated and payable in Chinese Yuan (CNY). It is a fixed price including all taxes, transport to Lingshui, insurance, installation, training and the services during the Warranty Period.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter probe (dissolved oxygen, temperature, pH, salinity)|120|6,850|822,000
TB:2|Ammonia-nitrogen online analyser|12|28,600|343,200
TB:3|Wireless gateway (LoRa) with UPS|8|9,400|75,200
TB:4|Automatic oxygen-valve controller|120|1,980|237,600
TB:5|Monitoring software licence (perpetual, on-premise, unlimited users)|1|268,000|268,000
TB:|Equipment and licence subtotal|||1,746,000
TB:6|Installation, cabling and commissioning|1||164,000
TB:7|Calibration and training|1||38,000
TB:|Contract Price|||1,948,000
P:3.2 The Contract Price is CNY 1,948,000 (one million nine hundred and forty-eight thousand yuan).
H:Article 4 – Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 389,600) as an advance within 15 days after receiving the Integrator's invoice and an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 876,600) within 15 days after the Installation Certificate.
P:4.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 681,800) within 15 days after Final Acceptance.
H:Article 5 – Delivery, Installation and Delay
P:5.1 The Integrator shall deliver the equipment to the Buyer's site in Lingshui within 70 days after signature and complete installation and commissioning within 40 days after delivery, working tank line by tank line so that the hatchery remains in production.
P:5.2 If delivery or completion of installation is delayed for reasons attributable to the Integrator, the Integrator shall pay the Buyer a penalty of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.3 When all tank lines are installed and commissioned, the Parties sign an Installation Certificate recording the quantities installed. The Installation Certificate is not an acceptance of the System.
H:Article 6 – Acceptance
P:6.1 Final Acceptance requires that: (a) every probe has been calibrated against the Buyer's reference instruments, with dissolved oxygen within ±0.2 mg/L and pH within ±0.1 units; (b) every alarm reaches the duty staff by SMS and WeChat within 60 seconds in tests covering each tank line; (c) the oxygen valve of every tank opens automatically in a simulated low-oxygen test; (d) data reaches the Buyer's feeding-control system without loss; and (e) the System has run for 21 consecutive days without any Severity 1 incident.
P:6.2 The Buyer declares Final Acceptance in writing within 7 days after these conditions are met. Use of the System in production or any payment does not constitute acceptance. If the tests fail, the Integrator shall remedy the defects and repeat the tests at its own cost; after a second failure the Buyer may terminate the Contract under Article 15.
H:Article 7 – Warranty
P:7.1 The Integrator warrants the System against defects in design, materials and workmanship for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Integrator shall repair or replace defective items free of charge, including parts, labour and travel, and supply software updates.
P:7.2 Probe membranes and reagents are consumables and are excluded from the warranty; the Integrator shall supply them at the prices listed in Annex 2.
H:Article 8 – Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Integrator shall, at the Buyer's request, provide annual maintenance comprising quarterly on-site calibration, preventive maintenance, repair, software updates and the service levels of Article 9.
P:8.2 The annual maintenance fee is 9% of the equipment and licence subtotal, that is CNY 157,140 per year, fixed for three years after the end of the Warranty Period. Maintenance is ordered year by year by the Buyer's written order and does not renew automatically.
H:Article 9 – Service Levels
P:9.1 During the Warranty Period and any maintenance year the Integrator shall respond to and resolve incidents as follows:
TB:Severity|Definition|Response|On site|Resolution
TB:Severity 1|loss of oxygen monitoring or valve control on any tank line|30 minutes (remote)|3 hours|6 hours
TB:Severity 2|failure of a single probe, analyser or gateway|2 hours|next day|2 days
TB:Severity 3|other faults, questions|1 business day|as agreed|5 business days
P:9.2 The Integrator shall keep spare probes, controllers and a gateway in stock at its service point in Sanya.
P:9.3 For each hour by which a Severity 1 response, on-site or resolution time is exceeded, the Integrator shall pay the Buyer CNY 800, which the Buyer may deduct from any sum due.
H:Article 10 – Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Integrator may process Buyer Data only to perform this Contract and shall not use it for any other purpose or disclose it to any third party.
P:10.2 The monitoring server is installed on the Buyer's premises. Remote access by the Integrator is allowed only through the Buyer's VPN, with the Buyer's prior approval for each session, and is logged. The Integrator shall not copy Buyer Data outside the Buyer's systems and shall change all default passwords before installation.
P:10.3 The Integrator shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, shall assist in remedying it, and shall be liable for the damage caused by any incident attributable to it.
H:Article 11 – Intellectual Property
P:11.1 The monitoring software remains the property of its publisher; the Buyer receives a perpetual licence to use it.
P:11.2 The tank maps, alarm rules, configurations, the interface to the feeding-control system and its source code, and all documentation prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:Article 12 – Confidentiality
P:Each Party shall keep confidential the technical, commercial and production information of the other Party that it receives under this Contract, in particular the Buyer's broodstock, survival rates and sales data, and shall not disclose it without prior written consent, during this Contract and for five years after it ends.
H:Article 13 – Liability
P:The Integrator's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, gross negligence and breach of Articles 10 and 12, which are not limited.
H:Article 14 – Subcontracting
P:The Integrator shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 15 – Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Integrator commits a material breach and fails to remedy it within 15 days after notice, if the delay penalty under Article 5.2 reaches its maximum, or in the case described in Article 6.2.
P:15.2 On termination the Integrator shall refund the sums received for items not accepted and compensate the Buyer's direct losses.
H:Article 16 – Force Majeure
P:A Party prevented from performing by force majeure, including typhoons, shall notify the other Party within 3 days and provide evidence; the time for performance is extended accordingly.
H:Article 17 – Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou, whose award is final.
H:Article 18 – Miscellaneous
P:This Contract is made in English and Chinese, in four originals; both texts are equally authentic. Annex 1: Technical specification. Annex 2: Consumables price list.
P:For the Buyer: ____________________    For the Integrator: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h157e04 — Qingdao game-localisation studio: managed IT + desktop support; provider on Taransay, Scottish house
# style (Minute of Agreement, Parts, "Clause N"); .txt
# ---------------------------------------------------------------------------------------------------------------
H157E04 = """MINUTE OF AGREEMENT

between

TARANSAY MANAGED SERVICES LIMITED, incorporated under the Companies Acts (Company Number SC712604) and having its
Registered Office at Borve Lodge, Isle of Taransay, Outer Hebrides, Scotland (hereinafter referred to as "the
Provider")

and

QINGDAO WAVECREST LOCALISATION STUDIO CO., LTD., a company incorporated in the People's Republic of China and
having its registered office at 17th Floor, Block B, 288 Tongan Road, Laoshan District, Qingdao, Shandong
Province (hereinafter referred to as "the Customer")

(each a "Party" and together "the Parties")

WHEREAS:

(One) The Customer provides game localisation and voice recording services from its studio in Qingdao.

(Two) The Customer wishes to engage the Provider to manage its IT estate and to support its staff, and the
Provider has agreed to do so on the following terms.

NOW THEREFORE the Parties HAVE AGREED and DO HEREBY AGREE as follows:

PART 1 - PRELIMINARY

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement, unless the context otherwise requires:
    "Charges" means the charges set out in Clause 8;
    "Customer Data" means all data, files, game builds, scripts, audio recordings and other materials of the
    Customer or of its publisher clients which the Provider accesses or processes;
    "Initial Term" means the period of twenty-four months from the Service Commencement Date;
    "Managed Infrastructure" means the servers, storage, network and licence servers listed in Schedule 1;
    "Service Commencement Date" means the day after Transition Acceptance;
    "Service Levels" means the service levels set out in Clause 6; and
    "Transition Acceptance" means acceptance under Clause 5.3.

1.2 References to Clauses and Schedules are to clauses of and schedules to this Agreement.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution by the last Party to sign and, subject to Clauses 3 and
13, continues for the Initial Term.

3. CONTINUATION AND RENEWAL

3.1 On expiry of the Initial Term this Agreement shall continue automatically for successive periods of one year
(each a "Renewal Period") unless brought to an end by either Party under Clause 13.5.

3.2 The Provider may review and increase the Charges with effect from the start of each Renewal Period by giving
the Customer not less than sixty days' written notice. Any such increase shall not exceed the increase in the
United Kingdom Retail Prices Index over the preceding year plus five percentage points.

PART 2 - THE SERVICES

4. SCOPE OF SERVICES

4.1 The Provider shall provide:
    (a) a service desk available by telephone, e-mail and chat from 08:30 to 19:00 China Standard Time on working
        days, in English and Chinese;
    (b) desktop support for 110 endpoints, being workstations, laptops and console test kits;
    (c) monitoring, patching and administration of the Managed Infrastructure at all times;
    (d) management of backups of the file server and the audio-asset storage, with a quarterly test restore;
    (e) administration of the Customer's Microsoft 365 tenant and licence servers; and
    (f) an on-site engineer at the Customer's Qingdao studio on two working days each week.

5. TRANSITION AND ACCEPTANCE

5.1 The Provider shall complete the transition of the Services from the Customer's current arrangements by the
date which is sixty days after execution of this Agreement (the "Target Date").

5.2 Transition Acceptance requires that: (a) an asset register of all 110 endpoints and all Managed
Infrastructure has been reconciled with a physical audit; (b) monitoring is active on every server and network
device; (c) a test restore of the file server and the audio-asset storage has been completed successfully; and
(d) runbooks for each system have been approved by the Customer.

5.3 On the criteria in Clause 5.2 being met, the Customer shall sign a certificate of Transition Acceptance within
five working days. The start of service delivery shall not of itself constitute Transition Acceptance.

5.4 If Transition Acceptance is not achieved by the Target Date for reasons attributable to the Provider, the
Provider shall pay to the Customer, as liquidated damages, CNY 1,200 for each day of delay, up to CNY 60,000.

6. SERVICE LEVELS AND SERVICE CREDITS

6.1 The Managed Infrastructure shall be available 99.95% of the time in each calendar month, excluding agreed
maintenance windows.

6.2 Incidents are prioritised as follows:
    Priority 1 (studio-wide outage: file server, licence server or network unavailable, or more than ten users
    unable to work): response within 30 minutes at any time; restoration target 6 hours.
    Priority 2 (a single system degraded, or up to ten users unable to work): response within 1 hour during
    service desk hours; resolution target 1 working day.
    Priority 3 (individual user issues and requests): response within 2 hours during service desk hours;
    resolution target 3 working days.

6.3 If the availability in Clause 6.1 is not met in a month, the Provider shall credit 5% of the Monthly Charges
for that month, increased to 10% if availability falls below 99.5%. For each Priority 1 response missed, the
Provider shall credit CNY 1,000. Service Credits shall be set off against the next invoice.

7. CUSTOMER RESPONSIBILITIES

7.1 The Customer shall give the Provider's personnel reasonable access to its premises and systems.

PART 3 - CHARGES

8. CHARGES AND PAYMENT

8.1 At the Customer's request the Charges are stated and payable in Chinese Yuan (CNY):

    Charge                                                   Basis                Monthly (CNY)
    Service desk and desktop support                         110 endpoints x 360  39,600
    Server, storage and network management                   fixed                14,200
    Backup and recovery management                           fixed                 5,600
    On-site engineer (two days a week, Qingdao)              fixed                16,800
    Monthly Charges                                                               76,200
    Transition Charge                                        one-off              68,000

8.2 The total Charges for the Initial Term are CNY 1,896,800, being twenty-four Monthly Charges of CNY 76,200
and the Transition Charge.

8.3 The Monthly Charges shall be invoiced monthly in arrears. The Transition Charge shall be invoiced on
Transition Acceptance. Nothing is payable in advance. Invoices are payable within thirty days.

PART 4 - DATA, CONFIDENTIALITY AND INTELLECTUAL PROPERTY

9. CUSTOMER DATA AND INFORMATION SECURITY

9.1 Customer Data belongs to the Customer or its publisher clients. The Provider shall use Customer Data only to
perform the Services and shall not copy, disclose or otherwise use it.

9.2 Customer Data shall remain on the Customer's premises and in its Alibaba Cloud tenancy in the Qingdao region.
The Provider's remote staff shall access the Customer's systems only through the Customer's privileged-access
gateway, using multi-factor authentication, with every session recorded. No Customer Data shall be downloaded to
the Provider's systems.

9.3 The Provider shall comply with the security requirements of the Customer's publisher clients notified to it in
writing, with the Data Security Law and the Personal Information Protection Law of the People's Republic of
China, and shall vet the personnel assigned to the Services.

9.4 The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting
Customer Data, shall assist the Customer to contain and investigate it, and shall indemnify the Customer against
losses and publisher claims arising from any incident caused by the Provider's breach of this Clause 9.

10. CONFIDENTIALITY

10.1 Each Party shall keep secret all information of the other Party disclosed to it under this Agreement,
including unreleased game content, and shall not disclose it without the other Party's prior written consent.

10.2 This Clause 10 shall survive the termination or expiry of this Agreement for five years.

11. INTELLECTUAL PROPERTY

11.1 The runbooks, scripts, configurations, reports and documentation prepared by the Provider for the Customer
shall belong to the Customer, which may use, modify and license them freely.

11.2 The Provider's monitoring tools and pre-existing materials remain the Provider's property; the Customer has a
licence to use them during the term of this Agreement.

PART 5 - LIABILITY AND REMEDIES

12. LIABILITY

12.1 Neither Party limits liability for death or personal injury caused by its negligence, or for fraud.

12.2 Subject to Clause 12.1 and except for breach of Clauses 9 and 10, the total liability of the Provider,
whether in contract, delict (including negligence) or otherwise, shall not exceed 150 per cent of the total
Charges payable for the Initial Term.

12.3 Neither Party shall be liable for indirect or consequential loss.

13. EXCLUSIVE REMEDIES AND TERMINATION

13.1 The Service Credits shall be the Customer's sole and exclusive financial remedy for any failure to meet the
Service Levels.

13.2 The Customer shall not be entitled to rescind or terminate this Agreement during the Initial Term or any
Renewal Period on the ground of any breach by the Provider, whether material or not, its remedies being limited
to implement, damages subject to Clause 12 and Service Credits.

13.3 Either Party may terminate this Agreement by written notice if the other Party becomes insolvent, enters into
administration or liquidation, or grants a trust deed for its creditors.

13.4 The Provider may terminate this Agreement if any undisputed Charges remain unpaid sixty days after written
notice.

13.5 Either Party may bring this Agreement to an end with effect from the expiry of the Initial Term or of any
Renewal Period by giving not less than ninety days' written notice.

14. SUB-CONTRACTING

14.1 The Provider shall not sub-contract any of its obligations without the prior written consent of the Customer.
The Customer hereby consents to the engagement of Qingdao Haibin IT Services Co., Ltd. to provide the on-site
engineer under Clause 4.1(f).

14.2 The Provider shall remain liable for the acts and omissions of its sub-contractors.

PART 6 - GENERAL

15. GENERAL

This Agreement, with its Schedules, constitutes the entire agreement between the Parties. Neither Party is liable
for delay caused by circumstances beyond its reasonable control.

16. GOVERNING LAW AND JURISDICTION

16.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

16.2 The Parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed
are executed as follows:

Subscribed for and on behalf of TARANSAY MANAGED SERVICES LIMITED
at ____________ on ____________ by ____________________ (Director)
before this witness ____________________ (Witness) of ____________________ (Address)

Subscribed for and on behalf of QINGDAO WAVECREST LOCALISATION STUDIO CO., LTD.
at Qingdao on ____________ by ____________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h157e05 — Guangxi mango exporter: phytosanitary-certificate data API subscription + integration; vendor on the
# Isola del Garda, Italian house style; .pdf, "Art. N (Title)"
# ---------------------------------------------------------------------------------------------------------------
H157E05 = """T:Subscription and Integration Agreement - Certiflow Phytosanitary Data API
P:Agreement No. GC-CN-2025-027
P:BETWEEN Garda Certiflow S.r.l., with registered office on the Isola del Garda, 25010 San Felice del Benaco (BS), Italy, VAT number IT04318760987, registered with the Companies Register of Brescia, in the person of its legal representative pro tempore, Ms Chiara Bettoni (hereinafter the "Vendor");
P:AND Guangxi Baise Golden Mango Export Co., Ltd., with registered office at No. 9 Longjing Road, Youjiang District, Baise, Guangxi Zhuang Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Huang Wenjie (hereinafter the "Customer");
P:(the Vendor and the Customer, jointly the "Parties").
H:Recitals
P:a) the Vendor operates Certiflow, a cloud platform exposing an application programming interface (the "API") for preparing, pre-validating and tracking the data of phytosanitary certificates for exports of fresh produce, checked against the import requirements of the destination countries;
P:b) the Customer packs and exports fresh mangoes from Baise to the European Union, the Middle East and South-East Asia and handles about 2,400 consignments a year, each requiring a phytosanitary certificate issued by the competent customs authority;
P:c) the Customer wishes to subscribe to the API and to have the Vendor connect it to the Customer's ERP and packing-house traceability systems, so that certificate applications are prepared from the consignment data without manual re-entry;
P:d) the Parties intend to regulate their relationship by this Agreement.
P:NOW, THEREFORE, the Parties agree as follows.
H:Art. 1 (Recitals and Annexes)
P:1.1 The recitals and the annexes form an integral and substantial part of this Agreement. Annex A contains the API specification, Annex B the integration plan, Annex C the security measures.
H:Art. 2 (Definitions)
P:2.1 "Platform" means Certiflow and the API; "Integration Services" means the services described in Art. 6; "Customer Connector" means the connector, the mapping tables and the adapters developed by the Vendor to link the Customer's systems to the API; "Integration Acceptance" means the acceptance under Art. 7; "Customer Data" means all consignment, grower, orchard, packing-house, buyer and shipment data sent to the Platform by or for the Customer, and all certificates and results generated from it; "Total Contract Value" means the amount stated in Art. 5.2.
H:Art. 3 (Subject matter)
P:3.1 The Vendor grants the Customer access to the Platform in the "Export Plus" edition, for up to 3,000 certificate transactions per year, together with a dedicated sandbox environment and priority support, and performs the Integration Services.
P:3.2 Transactions above 3,000 per year are charged at CNY 38 each; they are not part of the Total Contract Value.
H:Art. 4 (Term and renewal)
P:4.1 The subscription runs for 24 months from Integration Acceptance.
P:4.2 At expiry the subscription is renewed automatically for one further year unless either Party gives notice by registered letter or certified e-mail (PEC) at least 60 days before expiry. The fees for the renewal year are those in force under this Agreement, without any increase.
H:Art. 5 (Fees and payment)
P:5.1 At the Customer's request, fees are stated and payable in Chinese Yuan (CNY):
TB:Item|Basis|Amount (CNY)
TB:API subscription "Export Plus" (up to 3,000 transactions per year)|148,000 per year x 2|296,000
TB:Sandbox environment and priority support|26,000 per year x 2|52,000
TB:Integration Services (ERP connector, traceability mapping, orchard and packing-house registration codes, testing)|one-off|178,000
TB:Total Contract Value||526,000
P:5.2 The Total Contract Value is CNY 526,000.
P:5.3 The annual fees are invoiced quarterly in arrears, in instalments of CNY 43,500. The fee for the Integration Services is invoiced after Integration Acceptance. No amount is payable in advance. Invoices are payable within 30 days of receipt.
H:Art. 6 (Integration services and delay penalty)
P:6.1 The Vendor shall develop the Customer Connector, map the Customer's consignment, grower and orchard-registration data to the API, configure the destination-country rule sets for the Customer's markets, and train the Customer's export documentation team.
P:6.2 Integration Acceptance shall be achieved within 90 days of signature of this Agreement.
P:6.3 For each full week of delay in Integration Acceptance attributable to the Vendor, the Vendor shall pay a penalty equal to 0.2% of the Total Contract Value, up to a maximum of 5% of the Total Contract Value, without prejudice to compensation for further damage.
H:Art. 7 (Integration acceptance)
P:7.1 Integration Acceptance takes place when: (a) 50 test consignments covering all destination markets have passed end to end from the ERP to the Platform and back, with no mapping error; (b) every certificate status change is returned to the Customer's systems within 5 minutes; (c) the pre-validation results for the 50 test consignments have been checked by the Customer's documentation team without discrepancies; and (d) the Customer's staff have completed the training.
P:7.2 The Customer confirms Integration Acceptance in writing within 5 working days after the tests. Use of the Platform in live operations before that confirmation does not constitute acceptance.
H:Art. 8 (Service levels)
P:8.1 The Vendor guarantees availability of the API of 99.95% per calendar month, excluding maintenance announced at least 72 hours in advance and carried out outside the Customer's working hours.
P:8.2 Incidents: Priority 1 (API unavailable, or certificate data cannot be submitted): response within 1 hour, at any time during the harvest season from May to September and during working hours otherwise; workaround within 6 hours. Priority 2: response within 1 working day. Priority 3: response within 3 working days.
P:8.3 If availability falls below the guaranteed level, the Customer is entitled to a credit of 10% of the quarterly instalment for each 0.1 percentage point of shortfall, up to the full quarterly instalment; each missed Priority 1 response gives a credit of CNY 500.
H:Art. 9 (Intellectual property)
P:9.1 All rights in the Platform, the API and their documentation belong to the Vendor.
P:9.2 All rights in the Customer Connector and in any other software, mapping table or adapter developed by the Vendor in the course of the Integration Services, including those developed specifically for the Customer, shall vest in and remain with the Vendor. The Customer is granted a non-exclusive, non-transferable right to use the Customer Connector during the term of the subscription, solely together with the Platform. The Customer may not modify or decompile the Customer Connector or have it maintained by third parties.
H:Art. 10 (Customer data and security)
P:10.1 Customer Data belongs to the Customer. The Vendor processes Customer Data exclusively to provide the Platform and the Integration Services to the Customer and does not use it for any other purpose.
P:10.2 Customer Data is hosted in the mainland China region of the Vendor's cloud provider and is not transferred abroad. The Vendor applies the measures in Annex C, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logging of all access.
P:10.3 The Vendor shall inform the Customer within 24 hours of any breach of security affecting Customer Data, shall take all measures needed to limit its effects, and shall compensate the Customer for the damage arising from a breach attributable to the Vendor.
P:10.4 At the end of the Agreement the Vendor returns the Customer Data in a standard format and then deletes it.
H:Art. 11 (Confidentiality)
P:11.1 Each Party undertakes to keep confidential the information of the other Party received in performing this Agreement, including prices, buyers, volumes and technical documentation, and not to disclose it to third parties without written consent, during the Agreement and for three years after its end.
H:Art. 12 (Liability)
P:12.1 Except in cases of wilful misconduct or gross negligence, the total liability of the Vendor under this Agreement shall not exceed 150% of the Total Contract Value.
P:12.2 Neither Party is liable for indirect damages or loss of profit.
H:Art. 13 (Subcontracting)
P:13.1 The Vendor may not subcontract all or part of the services without the prior written consent of the Customer. The Customer approves the Vendor's cloud provider, identified in Annex C, by signing this Agreement.
H:Art. 14 (Termination)
P:14.1 The Customer may terminate this Agreement with immediate effect by written notice if: (a) the Vendor commits a material breach and does not remedy it within 20 days of a written warning; (b) Integration Acceptance is delayed by more than eight weeks; or (c) availability falls below 99.0% in two consecutive months.
P:14.2 The Vendor may terminate this Agreement if the Customer fails to pay two consecutive quarterly instalments after a written warning.
H:Art. 15 (Force majeure)
P:15.1 Neither Party is liable for non-performance caused by force majeure, including typhoons, floods and epidemics, provided it informs the other Party promptly.
H:Art. 16 (Governing law and jurisdiction)
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from or in connection with this Agreement shall be referred to the Nanning Arbitration Commission for arbitration in Nanning; the award is final and binding on the Parties.
H:Art. 17 (Final provisions)
P:17.1 Any amendment to this Agreement must be made in writing. This Agreement is made in English in two originals.
P:17.2 The Parties declare that each clause of this Agreement has been negotiated between them, and the Customer declares that it has read and specifically approves Art. 4 (Term and renewal), Art. 9 (Intellectual property), Art. 12 (Liability) and Art. 14 (Termination).
P:Isola del Garda / Baise, ____________
P:The Vendor ____________________    The Customer ____________________
"""

TEXTS = {
    "h157z01_fire_brigade_smart_fire_platform_integration.txt": H157Z01,
    "h157z03_postpartum_centre_chain_crm_saas.md": H157Z03,
    "h157z05_tea_ingredients_wms_supplier_template.md": H157Z05,
    "h157e01_fishing_tackle_pim_licence_irish_vendor.txt": H157E01,
    "h157e02_desert_camp_booking_saas_german_vendor.md": H157E02,
    "h157e04_localisation_studio_managed_it_scottish_provider.txt": H157E04,
}

SOURCES = {"h157z02": H157Z02, "h157z04": H157Z04, "h157e03": H157E03, "h157e05": H157E05}
TARGETS = {"h157z02": ("h157z02_auto_glass_defect_inspection_system.docx", "docx"),
           "h157z04": ("h157z04_county_finance_budget_system_annual_om.pdf", "pdf"),
           "h157e03": ("h157e03_grouper_hatchery_tank_sensors_french_integrator.docx", "docx"),
           "h157e05": ("h157e05_mango_exporter_phyto_api_italian_vendor.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
