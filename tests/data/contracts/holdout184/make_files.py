"""holdout184: sources of the ten ordinary draft contracts, their labels, and the build.

Run with /work/main/.venv/bin/python make_files.py. The .md/.txt files are written as they stand; the .docx and .pdf
files are built with ../word_pdf.py (Word tables for the price tables; PDFs with wrap_words=True). The labels (.json)
are written from the LABELS part at the end, after every price sum is asserted and the policy rules are re-applied to
each label's terms.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h184z01 — 市水文局 水文监测预警系统 (政府采购 公开招标, buyer's paper) — .docx, 第X条 + 1.1 — compliant
# ---------------------------------------------------------------------------------------------------------------
H184Z01 = """
T:汾川市水文监测预警系统建设项目采购合同
P:合同编号：FCSW-ZC-2025-017　　采购项目编号：FCCG2025-GK-0412（公开招标）
P:采购人（甲方）：汾川市水文局，地址：汾川市滨河东路88号
P:供应商（乙方）：浙江禹衡水利科技有限公司，地址：杭州市西湖区文三路459号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、汾川市水文监测预警系统建设项目招标文件（以下简称“招标文件”）、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责汾川市水文监测预警系统的设备供货、站点建设、平台软件部署、预警模型定制开发、系统集成、培训及质保期内服务。项目覆盖全市42处水位站（均配置雨量计）、18处独立雨量站、8处流量站及市水文局监测预警中心。
P:1.2 乙方交付的设备应为全新、原厂正品，符合招标文件技术参数及《水文自动测报系统技术规范》（SL 61）、《水位观测标准》（GB/T 50138）等现行标准。
P:1.3 项目地点为甲方指定的各测站及甲方监测预警中心机房。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰壹拾肆万陆仟元整（¥4,146,000.00），为固定总价，包含设备、软件、运输、保险、安装、土建、调试、培训、税费及质保期内服务等全部费用。
P:2.2 分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|遥测终端机（RTU）|68台|18,600|1,264,800
TB:2|雷达水位计|42台|9,800|411,600
TB:3|翻斗式雨量计|60套|3,200|192,000
TB:4|雷达测流系统|8套|46,500|372,000
TB:5|太阳能供电及防雷系统|68套|4,150|282,200
TB:6|中心服务器及存储设备|1套|286,000|286,000
TB:7|水文监测预警平台软件许可（永久）|1套|520,000|520,000
TB:|设备及软件小计|||3,328,600
TB:8|站点土建及安装|1项|378,500|378,500
TB:9|预警模型定制开发及接口|1项|412,000|412,000
TB:10|培训|1项|26,900|26,900
TB:|合计|||4,146,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货、安装完成并经甲方签收后10个工作日内，甲方支付合同总价的45%。到货签收仅为数量及外观确认，不代表验收合格。
P:3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保函，有效期至质保期满。乙方应在每次收款前开具增值税发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成全部设备到货及站点安装，150日内完成平台部署、模型开发和系统联调，并具备试运行条件。汛期（每年5月1日至9月30日）内的施工应服从甲方防汛调度安排。
P:4.2 乙方应编制实施方案、进度计划及安全施工方案，经甲方确认后执行，并每周报送进度周报。
H:第五条 验收
P:5.1 系统联调完成后进入试运行，试运行期为60日，其中须包含不少于3次有效降雨过程。
P:5.2 最终验收标准：（1）设备型号、数量及技术参数与投标文件一致；（2）试运行期内全网数据到报率不低于98%；（3）水位测量误差不超过±1cm，雨量测量误差不超过±3%（降雨量大于10mm时）；（4）超警戒水位预警信息自数据到达中心起2分钟内推送至相关责任人；（5）预警模型以近十年典型洪水过程回放检验，洪峰水位预报误差不超过20cm；（6）通过第三方软件测评及网络安全等级保护二级测评；（7）竣工资料、源代码及操作手册移交完毕。
P:5.3 甲方在乙方提交验收申请后10个工作日内组织验收，并可邀请专家参加；验收合格的，双方签署最终验收报告。验收不合格的，乙方应在20日内整改并重新申请验收，费用由乙方承担。
P:5.4 设备到货签收、安装完成、系统试运行或甲方在汛期临时使用系统，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供设备维修更换、软件升级、缺陷修复、每年汛前全面巡检一次及汛期技术值守。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过设备及软件小计的8%（即不超过人民币266,288元/年），该上限在质保期满后三年内不作调整。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 一级故障（中心平台无法运行、预警信息无法发布，或5个以上测站同时中断）：乙方在接到报告后30分钟内响应，汛期6小时内、非汛期24小时内到达现场，到场后8小时内恢复。二级故障（单站数据中断或测量异常）：2小时内响应，48小时内修复。
P:7.2 中心平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.3 乙方未达到上述要求的，一级故障每超时1小时扣减人民币1,000元，其他故障每超时1日扣减人民币500元；平台月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。上述款项从履约保证金或应付款项中扣减，扣减不免除乙方继续履行的义务。
H:第八条 知识产权
P:8.1 预警平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本单位及所属水文站范围内不限用户数使用。
P:8.2 乙方为本项目定制开发的预警模型、接口程序、报表模板及其源代码和技术文档，知识产权归甲方所有，乙方应在验收前全部移交；甲方有权自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证交付物不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 系统采集、传输和存储的全部水文数据、预警信息及运行日志归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:9.2 乙方应按网络安全等级保护二级要求落实系统安全措施；远程维护须经甲方审批并通过甲方堡垒机进行，全程记录；乙方人员不得将数据拷出甲方网络。
P:9.3 发生数据泄露、篡改或其他安全事件的，乙方应在发现后2小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方水情信息、站点布设、网络结构及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而终止。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成系统联调的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 交付设备不符合合同约定的，乙方应在10日内无偿更换，并承担由此产生的全部费用。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不得转包。乙方投标文件中载明的土建施工分包单位经甲方书面同意后方可进场；除此之外，乙方不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同并要求乙方赔偿损失：（1）逾期超过60日；（2）系统两次验收不合格；（3）严重违反数据安全或保密义务；（4）其他根本违约行为，经甲方书面催告后15日内仍未纠正。
H:第十四条 不可抗力
P:14.1 因洪水、地震等不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，双方协商调整工期。
H:第十五条 适用法律和争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：汾川市水文局　　　　乙方（盖章）：浙江禹衡水利科技有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h184z02 — 农药厂 安全仪表系统 (SIS) 供货 + 质保期满后维保 — .pdf, 一、/（一）/1. — POST-WARRANTY-FEE, TCO, SUBCONTRACT
# ---------------------------------------------------------------------------------------------------------------
H184Z02 = """
T:安全仪表系统（SIS）供货及维保合同
P:合同编号：LHNH-SB-2025-063
P:甲方（买方）：苏北绿禾农化有限公司，住所：江苏省盐城市滨海化工园区纬一路6号
P:乙方（卖方）：沪东安全仪表系统工程有限公司，住所：上海市闵行区江川路1185号
P:为落实甲方菊酯类农药合成车间、氯化工段及罐区HAZOP分析和LOPA分析确定的安全完整性等级（SIL）要求，甲方向乙方采购安全仪表系统并委托乙方提供质保期满后的维保服务。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。
H:一、合同标的及价格
P:（一）乙方提供SIS控制器、I/O卡件、安全栅、工程师站、SOE站、系统机柜及组态软件，并负责组态编程、工厂验收测试（FAT）、现场安装调试及现场验收测试（SAT）、SIL验证配合及培训。
P:（二）设备、软件及服务价格：
P:1. SIS控制器（三重化冗余，SIL3认证）2套，单价386,000元，金额772,000元；
P:2. I/O卡件及端子板1批，金额418,500元；
P:3. 安全栅及安全继电器1批，金额96,800元；
P:4. 工程师站及SOE站2台，单价38,500元，金额77,000元；
P:5. 系统机柜及配电6面，单价26,400元，金额158,400元；
P:6. 组态软件及SOE软件许可1套，金额124,000元；
P:以上设备及软件小计1,646,700元。
P:7. 组态编程及FAT，金额186,000元；
P:8. 现场安装调试及SAT，金额143,300元；
P:9. SIL验证配合及培训，金额44,000元。
P:（三）合同总价为人民币贰佰零贰万元整（¥2,020,000.00），含增值税、包装、运输、保险、安装调试及技术服务费用。质保期满后的维保服务费用按本合同第六部分另行计付，不含在合同总价内。
H:二、交货与实施
P:（一）乙方应于合同生效后75日内完成FAT；FAT通过后15日内将全部设备运抵甲方现场，并在甲方年度停车大修期间完成安装及SAT。
P:（二）乙方现场作业人员应遵守甲方动火、受限空间、临时用电等特殊作业管理规定，持证上岗，服从甲方安全管理。
P:（三）乙方应在FAT前提交组态设计文件、回路图及因果图，经甲方工艺、仪表及安全管理部门会签后方可组态。
P:（四）现场电缆敷设、桥架安装及仪表接线可由乙方委托具备相应资质的安装单位实施，乙方应提前五个工作日书面告知甲方分包单位名称及人员资质，并对分包单位的行为承担责任。
P:（五）乙方应对甲方仪表及工艺操作人员进行不少于5天的培训，内容包括SIS原理、日常巡检、旁路（强制）管理、报警处理及检验测试方法，培训结束后进行考核。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款；
P:（二）设备到货并经开箱检验后10个工作日内，甲方支付合同总价的55%；开箱检验仅核对型号、数量及外观，不构成验收；
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、验收
P:（一）FAT在乙方工厂进行，逐点测试全部I/O回路及联锁逻辑，并按甲方确认的因果图（Cause & Effect）逐条验证，形成FAT报告。
P:（二）SAT及最终验收标准：1. 全部联锁回路现场逐点试验，动作正确；2. 控制器冗余切换无扰动，切换时间满足设计文件要求；3. SOE分辨率不大于1毫秒；4. 系统连续无故障运行72小时；5. 第三方SIL验证报告确认各安全仪表功能达到LOPA确定的SIL等级；6. 竣工资料、组态备份及操作维护培训全部完成。
P:（三）达到上述标准后，双方签署最终验收报告。设备到货、上电或投用均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，并免费提供软件补丁及升级。
P:（二）乙方保证所供控制器及安全相关部件在质保期内持有有效的SIL认证证书，并按甲方要求提供失效数据。
P:（三）乙方承诺自最终验收之日起十年内持续供应所供型号的备品备件；相关型号停产的，乙方应至少提前六个月书面通知甲方，并提供经认证的兼容替代方案。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度提供维保服务，内容包括：驻厂工程师一名（工作日）、全部备品备件、每年一次联锁回路全面校验（配合检验测试）、7×24小时远程技术支持及紧急到场服务。
P:（二）维保年费为人民币498,000元/年（含税），自质保期满起五年内固定不变，按季度于每季度末支付。
P:（三）维保服务按年度由甲方书面确认续订，甲方不续订的无需支付任何费用。
P:（四）每个维保年度结束后15日内，乙方应提交年度维保报告，列明故障处理、联锁回路校验结果、备件消耗及改进建议。
H:七、服务水平
P:（一）一级故障（控制器或电源故障、误动作导致装置停车、联锁功能失效）：乙方接报后15分钟内电话响应，2小时内到达现场，8小时内恢复；
P:（二）二级故障（单点卡件或通讯故障，不影响联锁功能）：1小时内响应，次日到场处理；
P:（三）乙方超时响应或超时到场的，每超时1小时向甲方支付人民币2,000元，从应付款项中扣除。
H:八、知识产权
P:（一）为甲方项目编制的组态程序、联锁逻辑、因果图、图纸及技术文件归甲方所有，甲方可自行或委托他人修改和使用。
P:（二）组态软件及SOE软件的著作权归原厂所有，乙方保证甲方获得永久使用许可。
H:九、数据与网络安全
P:（一）工艺参数、联锁设定值、SOE记录及运行数据归甲方所有；乙方仅可为履行本合同使用，不得复制带离或向第三方提供。
P:（二）SIS与DCS之间采用单向通信或工业防火墙隔离；乙方不得开通远程访问，确需远程诊断的，须经甲方书面批准并由甲方人员全程监护；移动存储介质须经甲方查杀病毒后方可接入。
P:（三）发生网络安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部责任。
H:十、保密
P:乙方对知悉的甲方工艺流程、配方参数、装置布置及其他技术经营信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后五年内有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成SAT的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但人身伤亡、故意或重大过失以及违反第九部分造成的损失除外。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，或SAT两次不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交盐城仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方并提供证明，双方协商调整履行期限。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：苏北绿禾农化有限公司　　乙方（盖章）：沪东安全仪表系统工程有限公司
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h184z03 — 少儿游泳连锁 会员课程 SaaS (three years + 实施) — .md, Markdown headings + 1.1 —
#           SLA-AVAILABILITY, AUTO-RENEWAL, DATA-OWNERSHIP
# ---------------------------------------------------------------------------------------------------------------
H184Z03 = """# 会员课程管理SaaS服务协议

**协议编号**：KLY-SaaS-2025-0917

**甲方（客户）**：鲸跃少儿游泳（深圳）连锁管理有限公司，住所：深圳市南山区沙河西路3011号

**乙方（服务商）**：杭州课里云科技有限公司，住所：杭州市余杭区文一西路998号

甲方在深圳、东莞、惠州经营24家少儿游泳培训门店，现使用乙方“课里云”SaaS平台管理会员、课程及收款。双方经协商一致，订立本协议。

## 1. 服务内容

1.1 乙方通过“课里云”平台向甲方24家门店提供会员管理、课程包售卖、排课约课、教练排班、消课核销、家长端小程序、在线支付对账及经营报表等服务。

1.2 乙方负责实施工作：旧系统会员、余课及储值数据迁移，24家门店参数配置，小程序界面定制，甲方收款账户对接，以及店长、前台和教练培训。

1.3 平台功能随乙方版本迭代更新，但乙方不得降低本协议约定的功能范围。

1.4 乙方提供每日8:00至20:00的客服热线及在线工单支持；一级故障实行全天候响应。

## 2. 服务期限与续期

2.1 订阅期为三年，自上线验收通过之日起算。

2.2 订阅期内甲方可增加门店，新增门店的订阅期与本协议订阅期同时届满。

2.3 订阅期满前60日内任何一方未书面提出不续约的，本协议自动续期一年，续期次数不限。每次续期时乙方有权调整订阅费，涨幅不超过上一期年订阅费的8%，乙方应于期满前45日书面通知甲方调整后的价格。

## 3. 费用

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 门店版订阅 | 24店 | 9,600元/店·年 | 230,400/年 |
| 小程序及在线支付模块 | 1项 | 46,800元/年 | 46,800/年 |
| 消息通知包（短信及服务通知） | 1项 | 18,000元/年 | 18,000/年 |
| 年订阅费合计 | | | 295,200/年 |
| 三年订阅费 | | | 885,600 |
| 实施费（一次性） | 1项 | 96,400元 | 96,400 |
| **协议总价** | | | **982,000** |

新增门店按门店版单价按月折算计费，不计入上述总价。

## 4. 付款

4.1 本协议不设预付款。实施费在上线验收通过后10个工作日内支付。

4.2 订阅费按季度结算，甲方在每季度结束后15日内支付当季订阅费73,800元。

4.3 乙方应在收款前开具增值税专用发票。甲方对账单有异议的，应在收到后10日内提出，双方核对后按实结算。

## 5. 实施与上线验收

5.1 乙方应在本协议生效后45日内完成实施并书面申请上线验收。

5.2 验收标准：（1）迁移后的会员数、余课课时、储值余额与旧系统导出数据逐条核对一致；（2）24家门店均能完成开卡、约课、消课、请假、退费全流程；（3）小程序支付及退款与微信支付对账单一致，连续7日无差错；（4）200名家长同时约课时页面响应时间不超过2秒。

5.3 达到上述标准后，甲方签署上线验收单。试运行、上线或甲方实际使用均不视为验收通过。

5.4 乙方应在上线前为每家门店的店长、前台及教练提供培训，并提供操作手册和视频教程；上线后首月，乙方安排专人驻店巡回辅导。

5.5 因乙方原因延迟完成上线验收的，每延迟一日，乙方向甲方支付违约金600元。

## 6. 服务水平

6.1 平台月度可用率不低于99.5%（经甲方同意的计划维护除外，计划维护应安排在22:00至次日6:00）。

6.2 一级故障（全部门店无法约课、消课或收款）：乙方30分钟内响应，2小时内恢复；二级故障（部分门店或单一功能异常）：2小时内响应，次日内解决；三级故障：1个工作日内响应。

6.3 服务抵扣：月度可用率低于99.5%但不低于99.0%的，抵扣当月订阅费的5%；低于99.0%的，抵扣当月订阅费的10%；一级故障超时响应的，每次另行抵扣当月订阅费的2%。抵扣在下一季度订阅费中扣减。

6.4 乙方应于每月5日前向甲方提供上月服务报告，载明平台可用率、故障及处理情况、抵扣金额。

## 7. 数据

7.1 甲方会员（含未成年学员及其监护人）信息、课程及交易数据归甲方所有，乙方仅为提供本协议服务而处理。甲方同意，乙方可将经脱敏、汇总处理的课程消费及出勤数据用于乙方产品改进和发布行业分析报告，该授权在本协议终止后继续有效。

7.2 乙方平台已通过网络安全等级保护三级测评，数据存储于中国境内。乙方应对数据实施加密传输和存储、最小权限访问控制及操作日志留存，并对未满十四周岁儿童的个人信息采取专门保护措施。

7.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，配合甲方通知监护人及报告主管部门；因乙方原因造成的，乙方承担全部赔偿责任。

7.4 甲方可随时通过管理后台导出会员、课程及交易数据，乙方不得设置额外费用或技术障碍。

7.5 本协议终止后30日内，乙方应向甲方提供全部数据的完整导出，并在甲方确认后删除平台上的甲方数据。

## 8. 知识产权

8.1 “课里云”平台及其软件的知识产权归乙方所有。

8.2 乙方为甲方定制的小程序界面、课程体系配置及报表模板归甲方所有，甲方可自由使用、修改，并可交由第三方使用。

8.3 乙方保证平台及交付物不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。

## 9. 保密

双方对在合作中获知的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本协议终止后三年。乙方应要求其员工及云服务商承担同等保密义务。

## 10. 责任限制

乙方在本协议项下的累计赔偿责任不超过协议总价的120%，但因数据泄露或故意、重大过失造成的损失不受此限。

## 11. 分包

乙方使用阿里云作为云基础设施服务商，甲方签署本协议即视为同意。除此之外，乙方将本协议项下任何服务分包给第三方的，须事先取得甲方书面同意。

## 12. 协议解除

12.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，对方有权解除本协议。

12.2 平台月度可用率连续三个月低于99.0%的，甲方有权解除本协议，无需承担任何违约责任。

12.3 协议解除或终止时，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期间平台保持可用不少于30日，该期间不另行收费。

## 13. 法律适用与争议解决

本协议适用中华人民共和国法律。因本协议产生的争议，提交深圳国际仲裁院在深圳仲裁。

## 14. 其他

本协议自双方盖章之日起生效，一式两份，双方各执一份。附件1《功能清单》、附件2《实施计划》为本协议组成部分。

甲方（盖章）：鲸跃少儿游泳（深圳）连锁管理有限公司　　乙方（盖章）：杭州课里云科技有限公司

签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h184z04 — 县科学技术局 科技项目管理平台 年度运维 (政府采购 询价) — .txt, 第X条 + （一） — SLA-RESPONSE, LD-LOW
# ---------------------------------------------------------------------------------------------------------------
H184Z04 = """青禾县科技项目管理平台2025—2026年度运维服务合同

采购方式：询价
采购编号：QHXCG-2025-XJ-036
甲方（采购人）：青禾县科学技术局
地址：青禾县城关镇人民路17号
乙方（成交供应商）：皖中数智信息技术有限公司
地址：合肥市蜀山区黄山路602号

根据《中华人民共和国政府采购法》及其实施条例、本项目询价通知书、乙方响应文件及成交通知书，甲乙双方就青禾县科技项目管理平台年度运维服务事项，经协商一致，订立本合同。

第一条 服务内容
（一）运维对象：青禾县科技项目管理平台，包括科技项目申报、形式审查、专家评审、立项、中期检查、结题验收、专家库、高新技术企业培育库、科技型中小企业评价辅导等模块，以及平台所依托的数据库、中间件和政务云资源。
（二）服务内容：应用系统运维、数据库及中间件运维、安全运维及等级保护测评配合、云资源代管及数据备份、功能优化（全年不超过120人天）、用户培训及申报高峰期保障。
（三）乙方应按甲方要求对平台用户（企业、专家及各乡镇科技工作人员）提供操作培训，全年不少于2次。
（四）乙方派驻运维工程师一名，工作日在甲方驻场；每年3月至4月、9月项目集中申报期间，乙方应增派一名工程师并提供延时值守服务。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自行终止，甲方如需继续采购运维服务，应重新履行政府采购程序。

第三条 合同价款
本合同总价为人民币叁拾捌万陆仟元整（¥386,000.00），为包干价，包含人工、差旅、工具、税费等全部费用。分项如下：
1. 应用系统、数据库及中间件运维：168,000元；
2. 安全运维及等级保护测评配合：72,000元；
3. 功能优化（120人天，800元/人天）：96,000元；
4. 云资源代管及数据备份：34,000元；
5. 用户培训及申报高峰期保障：16,000元。
服务期内因甲方新增业务模块产生的额外工作量，双方另行协商。

第四条 付款方式
（一）甲方不预付任何款项。
（二）服务满六个月并经甲方中期考核合格后10个工作日内，甲方支付合同总价的45%，即173,700元。
（三）服务期满并经甲方年度考核验收合格后10个工作日内，甲方支付合同总价的55%，即212,300元。
（四）乙方应在每次付款前开具合法有效的发票。

第五条 服务要求
（一）每日巡检平台运行状态、服务器资源及安全日志，每月提交运维月报，每季度提交安全巡检报告。
（二）数据备份：每日增量备份，每周全量备份，每季度进行一次恢复演练并形成记录。
（三）功能优化需求由甲方书面提出，乙方评估工作量并经甲方确认后实施，上线前须经甲方测试确认。
（四）配合甲方完成本年度网络安全等级保护二级测评，对测评发现的问题在甲方规定期限内完成整改。
（五）驻场工程师应具备三年以上政务系统运维经验，熟悉政务云环境；乙方更换驻场人员须提前10日书面征得甲方同意。
（六）项目申报截止日前三日及专家集中评审期间，乙方应安排工程师全天候值守。
（七）甲方应为乙方驻场人员提供办公场地及必要的网络接入，并及时提供功能优化需求说明。

第六条 服务水平
（一）一级故障（平台无法访问、项目申报或专家评审无法提交，或发生数据丢失）：乙方应在接到报告后6小时内响应，24小时内恢复。
（二）二级故障（部分功能异常，但不影响申报和评审主流程）：乙方应在1个工作日内响应，3个工作日内解决。
（三）三级问题（咨询、数据调整等）：乙方应在2个工作日内处理完毕。
（四）乙方应建立故障工单台账，记录报告时间、响应时间、恢复时间及原因分析，每月随运维月报报送甲方。
（五）乙方超时响应或超时恢复的，一级故障每次扣减服务费人民币500元，二级故障每次扣减人民币200元，在当期应付款中扣除。

第七条 考核验收
（一）甲方按季度对乙方服务进行考核，中期考核和年度考核验收依据以下标准：1. 运维月报、安全巡检报告按时提交；2. 全年一级故障不超过3次，且均在约定时限内恢复；3. 每季度备份恢复演练成功；4. 等级保护测评无高风险问题；5. 功能优化事项均经甲方测试确认上线。
（二）年度考核验收合格后，甲方出具年度考核验收意见书，作为支付第四条第（三）项款项的依据。
（三）考核不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可按比例扣减当期服务费。

第八条 数据安全
（一）平台中的科技项目信息、企业信息、专家信息及评审数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、对外提供或用于其他任何目的。
（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，通过甲方堡垒机进行运维操作，严格执行账号权限管理，操作日志保存期限不少于六个月。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）服务期满或合同解除时，乙方应移交全部账号、口令、配置文档及运维记录，删除其持有的甲方数据副本并出具删除证明。

第九条 保密
乙方及其工作人员对在服务过程中知悉的未公开项目材料、评审专家名单、评审意见及企业商业秘密负有保密义务，不得泄露；乙方应与派驻人员签订保密承诺书。保密义务在本合同终止后继续有效。

第十条 知识产权
乙方在服务期内为甲方进行功能优化所形成的程序代码、设计文档等成果，知识产权归甲方所有，乙方应在每项优化上线后10日内移交源代码及文档，甲方可自行或委托第三方修改和使用。乙方保证交付成果不侵犯第三方知识产权。

第十一条 违约责任
（一）乙方未按约定时间完成功能优化、等级保护整改或年度报告等工作的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失，甲方有权解除合同。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

第十二条 分包与转包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十三条 合同解除
乙方有下列情形之一的，甲方有权书面通知解除合同：（一）连续两个季度考核不合格；（二）严重违反数据安全或保密义务；（三）其他严重违约行为，经甲方书面催告后10日内仍未纠正。合同解除的，甲方按乙方实际提供且考核合格的服务期间结算服务费。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向青禾县人民法院提起诉讼。

第十五条 其他
本合同附件包括：1. 询价通知书服务需求；2. 乙方响应文件；3. 运维服务考核表。本合同未尽事宜，由双方另行协商。本合同一式四份，甲乙双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：青禾县科学技术局　　　　乙方（盖章）：皖中数智信息技术有限公司
法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h184z05 — 醋厂 MES licence + custom development, supplier's own template — .md, 第N条 + N.N — ten findings
# ---------------------------------------------------------------------------------------------------------------
H184Z05 = """# 智酿MES系统软件许可及实施合同

> 太原智酿工业软件有限公司 标准合同文本 ZN-MES-V5.0（2024年修订）

**合同编号**：ZN-2025-MES-0208

**甲方**：晋源香醋酿造有限公司（住所：山西省晋中市清徐工业园区醋都路9号）

**乙方**：太原智酿工业软件有限公司（住所：太原市小店区长治路227号）

甲方拟建设老陈醋酿造生产执行系统（MES），乙方同意按本合同条款向甲方提供智酿MES软件许可、定制开发及实施服务。双方经友好协商，签订本合同。

## 第1条 定义

1.1 “软件”指乙方拥有著作权的智酿MES平台软件，包括生产管理、质量追溯、仓储管理和设备管理模块。

1.2 “定制开发成果”指乙方为甲方开发的程序、工艺模型、报表、接口及相关文档。

1.3 “上线”指软件部署完成并开始在甲方生产现场运行。

## 第2条 合同标的

2.1 乙方向甲方授予软件的使用许可，并完成以下定制开发：固态发酵（醋醅翻醅、温度曲线）工艺管理，熏醅及淋醋工序管理，陈酿罐区“夏伏晒、冬捞冰”周期管理，原料到成品的批次追溯，以及与甲方ERP系统的接口。

2.2 乙方提供数据采集网关16台，用于采集发酵车间温度、淋醋及灌装线数据。

2.3 服务器、操作系统、数据库及网络设备由甲方自备，乙方提供配置要求；因甲方设备不满足要求导致的性能问题，乙方不承担责任。

## 第3条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 智酿MES平台软件许可 | 1套 | 460,000 |
| 2 | 定制开发（工艺管理、罐区管理、批次追溯、ERP接口） | 1项 | 385,000 |
| 3 | 实施服务（部署、数据初始化、培训） | 1项 | 118,000 |
| 4 | 数据采集网关 | 16台×3,250元 | 52,000 |
| | 合计 | | 1,015,000 |

合同总价为人民币壹佰零壹万伍仟元整（¥1,015,000.00），含增值税。上述价格不含服务器、数据库及第三方软件费用。

## 第4条 付款方式

4.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即558,250元。

4.2 系统上线后10个工作日内，甲方支付合同总价的45%，即456,750元。

4.3 乙方收到款项后开具增值税普通发票。

4.4 甲方逾期付款的，乙方有权暂停实施及服务，由此造成的工期延误由甲方承担。

## 第5条 交付与实施

5.1 乙方在收到首付款后120日内完成软件部署及定制开发，并组织上线。

5.2 甲方应提供机房、网络、服务器及工艺资料，并指定项目联系人。因甲方资料不全或现场条件不具备造成延期的，工期相应顺延。

5.3 乙方完成部署后，甲方应在3个工作日内安排上线；甲方无故拖延的，自部署完成之日起第5日视为上线。

5.4 乙方提供系统管理员培训及操作人员培训各一期，培训内容以乙方标准课件为准。

5.5 甲方在实施过程中提出需求变更的，乙方有权另行收费并相应顺延工期。

## 第6条 验收

6.1 系统上线运行即视为甲方验收合格。

6.2 甲方在上线后7日内未提出书面异议，或已开始使用系统处理生产数据的，均视为甲方验收通过，乙方不再另行组织验收。

## 第7条 免费维护期

7.1 免费维护期为六个月，自系统上线之日起计算。

7.2 免费维护期内，乙方对软件缺陷提供免费修复；因甲方操作不当、擅自修改或环境变化造成的问题，乙方有偿处理。

7.3 免费维护期内乙方以远程支持为主，需要现场服务的，甲方承担乙方人员的差旅费用。

## 第8条 维护服务

8.1 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年度公布的服务价格标准购买年度维护服务，乙方有权根据市场情况每年调整价格。

8.2 维护服务费应于每个维护年度开始前一次性支付。

8.3 甲方未购买维护服务的，乙方不再提供补丁、升级及技术支持。

## 第9条 技术支持

9.1 一级故障（系统全部停止运行）：乙方在工作日24小时内响应；二级故障：3个工作日内响应；其他问题：在版本更新中统一处理。

9.2 乙方技术支持时间为工作日9:00至17:00，法定节假日不提供服务。

9.3 乙方将尽合理努力解决故障，但不承担因响应或修复超时产生的任何扣款、赔偿或违约金。

## 第10条 知识产权

10.1 软件及定制开发成果（包括工艺模型、报表、接口程序及源代码）的知识产权均归乙方所有。

10.2 甲方获得非独占、不可转让的使用权，仅限于甲方本厂使用，不得修改、反编译，也不得交由第三方维护。

10.3 甲方擅自修改软件或委托第三方维护的，乙方有权终止许可，并不再承担任何责任。

## 第11条 数据

11.1 甲方生产数据归甲方所有。乙方应采取访问控制、加密存储和日志审计等安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成泄露的，乙方依法承担赔偿责任。

11.2 甲方同意，乙方可将经脱敏处理的工艺参数、发酵曲线及质量检测数据用于乙方行业工艺模型训练、产品改进及向其他客户提供行业对标服务。

## 第12条 保密

双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。乙方可在其客户名单及案例材料中使用甲方名称及项目概况。

## 第13条 违约责任

13.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的3%。

13.2 乙方在本合同项下的全部责任（包括违约金及赔偿）累计不超过合同总价的25%，且乙方不承担任何间接损失、利润损失或生产损失。

13.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

## 第14条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。甲方单方解除合同的，已付款项不予退还。

## 第15条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第16条 不可抗力

因不可抗力或政策变化导致合同无法履行的，受影响一方不承担违约责任，但应及时通知对方。

## 第17条 通知

双方往来通知以本合同首页地址或项目联系人电子邮箱送达，电子邮件发出即视为送达。

## 第18条 其他

本合同附件《软件功能清单》《实施计划》为本合同组成部分。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：晋源香醋酿造有限公司　　乙方（盖章）：太原智酿工业软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h184e01 — Yiwu jewellery maker: CAD-for-jewellery perpetual licence + configuration + support; Irish vendor on
#           Inishbeg — .pdf, "Clause N" — GOVERNING-LAW only (low)
# ---------------------------------------------------------------------------------------------------------------
H184E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the ____ day of __________ 2025
P:BETWEEN:
P:(1) CARRAIG DESIGN SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland under the Companies Act 2014 (registered number 614207), having its registered office at The Boathouse, Inishbeg, Skibbereen, Co. Cork, P81 KX63, Ireland (the "Licensor"); and
P:(2) YIWU JINLAN JEWELLERY CO., LTD., a company established in the People's Republic of China (unified social credit code 91330782MA2K7Q4N1R), having its registered address at No. 88 Chouzhou North Road, Yiwu, Zhejiang Province (the "Licensee").
P:WHEREAS the Licensor develops and licenses the CARRAIG FORM computer-aided design software for jewellery, and the Licensee wishes to acquire a perpetual licence of that software, together with its configuration for the Licensee's ring, pendant and chain production and related support, on the terms set out below. The Licensee has asked that all amounts be stated and paid in Renminbi.
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests described in Schedule 3; "Configuration Deliverables" means the parametric templates, gem and setting libraries, casting-tree export profiles, ERP item-master mappings, scripts and documentation prepared by the Licensor specifically for the Licensee; "Contract Price" means CNY 1,205,000; "Customer Data" means all designs, models, drawings, customer orders and other data supplied or generated by the Licensee; "Final Acceptance" means the issue of the Final Acceptance Certificate under Clause 5; "Software" means CARRAIG FORM version 9 with the modules listed in Schedule 1.
P:1.2 Headings are for convenience only. References to a Clause or Schedule are to a clause of, or schedule to, this Agreement. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fees, the Licensor grants to the Licensee a perpetual, irrevocable (save under Clause 13.3), non-exclusive licence to install and use the Software for the number of named seats set out in Schedule 1 at the Licensee's premises in Yiwu and at any of its affiliates in mainland China.
P:2.2 The Licensee may make back-up copies, transfer seats between its own users and relocate the Software to replacement hardware without charge.
H:Clause 3 Fees
P:3.1 The Contract Price is itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:CARRAIG FORM Modeller, perpetual named-seat licence|18|42,000|756,000
TB:CARRAIG Render module, perpetual licence|6|18,500|111,000
TB:Stone-setting and gem library module, site licence|1|64,000|64,000
TB:Licence Fees subtotal|||931,000
TB:Configuration services (fixed price)|1|238,000|238,000
TB:On-site training in Yiwu (6 days)|1|36,000|36,000
TB:Contract Price|||1,205,000
P:3.2 All amounts are in Renminbi and include value-added tax. The Contract Price is fixed and includes travel and living expenses of the Licensor's staff.
H:Clause 4 Payment
P:4.1 The Licensee shall pay: (a) 20% of the Contract Price (CNY 241,000) within 20 days after signature of this Agreement, against the Licensor's invoice; (b) 45% of the Contract Price (CNY 542,250) within 20 days after the Installation Certificate is signed; and (c) 35% of the Contract Price (CNY 421,750) within 20 days after Final Acceptance.
P:4.2 The Installation Certificate confirms only that the Software has been installed on the Licensee's workstations and is not evidence of acceptance.
P:4.3 Payment shall be made by bank transfer to the Licensor's account in China designated in its invoice.
H:Clause 5 Delivery, Configuration and Acceptance
P:5.1 The Licensor shall install the Software within 30 days after signature and complete the Configuration Deliverables within 90 days after signature, in accordance with the project plan in Schedule 2.
P:5.2 When the configuration is complete, the Licensor shall run the Acceptance Tests jointly with the Licensee. The acceptance criteria are: (a) each ring, pendant and chain template generates a watertight model that the Licensee's 3D printers accept without repair; (b) dimensions of printed test pieces match the model within 0.02 mm; (c) a standard photorealistic render completes within 90 seconds on the Licensee's reference workstation; (d) item masters exported to the Licensee's ERP system reconcile for 200 sample designs; and (e) the Software runs for 10 consecutive working days in production without a Severity 1 incident.
P:5.3 If the criteria are met, the Licensee shall sign the Final Acceptance Certificate within five working days. If any criterion is not met, the Licensor shall correct the defect at its own cost and repeat the relevant tests. Installation, training, productive use of the Software or payment of any instalment shall not amount to acceptance.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for 18 months from Final Acceptance (the "Warranty Period") the Software and the Configuration Deliverables will perform materially in accordance with their documentation and the acceptance criteria.
P:6.2 During the Warranty Period the Licensor shall correct defects, supply all new versions and patches and provide the support described in Clause 7 free of charge.
H:Clause 7 Support and Service Levels
P:7.1 The Licensor shall provide support by telephone, e-mail and remote session from 08:30 to 20:30 China Standard Time on working days, and for Severity 1 incidents at any time.
P:7.2 Severity 1 means the Software cannot be started or cannot save or export models for all users. The Licensor shall respond to a Severity 1 incident within 2 hours and provide a fix or workaround within one working day. Severity 2 incidents (a major function is unavailable for some users) shall be responded to within 8 working hours.
P:7.3 For each full hour by which the Licensor exceeds a response or fix time for a Severity 1 incident, the Licensor shall credit the Licensee CNY 1,000 against the next amount payable.
P:7.4 After the Warranty Period the Licensee may purchase annual support at a fee of 14.5% of the Licence Fees subtotal, being CNY 134,995 per year. This fee is fixed for the first three years of paid support; any later increase shall not exceed 3% per year. Paid support is ordered each year by purchase order and is not renewed automatically.
H:Clause 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:8.2 All intellectual property rights in the Configuration Deliverables vest in the Licensee upon creation. The Licensee may use, copy, modify and license them to third parties without restriction. The Licensor shall deliver them in editable form, with source scripts, before Final Acceptance.
H:Clause 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Licensee. The Licensor shall process it only to perform this Agreement and shall not use it for any other purpose, including analytics, training of design models or product development.
P:9.2 The Software stores Customer Data only on the Licensee's servers in Yiwu and sends no telemetry. Remote support sessions may be opened only with the Licensee's consent for each session, are recorded, and shall not be used to copy Customer Data out of the Licensee's network.
P:9.3 The Licensor shall keep its support systems secure by appropriate technical and organisational measures, comply with the Personal Information Protection Law and Data Security Law of the PRC when handling Customer Data, notify the Licensee of any security incident affecting Customer Data within 24 hours of becoming aware of it, and indemnify the Licensee against losses resulting from an incident caused by the Licensor.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including the Licensee's unreleased designs and collections, and shall not disclose it except to its employees and advisers who need to know it. This obligation survives for five years after termination.
H:Clause 11 Delay
P:11.1 If Final Acceptance is delayed beyond the date in Schedule 2 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The parties agree that this is a genuine pre-estimate of loss and not a penalty.
H:Clause 12 Liability
P:12.1 The Licensor's total liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150% of the Contract Price.
P:12.2 That limit does not apply to liability for death or personal injury, fraud, breach of Clause 9 or Clause 10, or infringement of third-party intellectual property rights.
H:Clause 13 Subcontracting and Termination
P:13.1 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent, and remains responsible for any approved subcontractor.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.3 If the Licensee terminates under Clause 13.2 before Final Acceptance, the Licensor shall refund all amounts paid. The licence granted under Clause 2 survives termination unless the Licensee has failed to pay undisputed Licence Fees.
H:Clause 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any non-contractual obligations arising out of it shall be governed by and construed in accordance with the laws of Ireland.
P:14.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement, and the parties submit to that jurisdiction.
H:Clause 15 General
P:15.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties. Notices shall be sent to the addresses set out above.
P:Schedule 1: Licensed modules and seats. Schedule 2: Project plan and milestone dates. Schedule 3: Acceptance Tests.
P:SIGNED for and on behalf of CARRAIG DESIGN SYSTEMS LIMITED by its director ______________________
P:SIGNED for and on behalf of YIWU JINLAN JEWELLERY CO., LTD. by its legal representative ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h184e02 — Fenghuang old-town boat operator: ticketing SaaS, Order Form + General Terms; German vendor on the Insel
#           Koos — .md, "§ N (1)" — GOVERNING-LAW, LIABILITY-CAP, SUBCONTRACT
# ---------------------------------------------------------------------------------------------------------------
H184E02 = """# ORDER FORM No. KT-CN-2025-031

**Supplier:** KoosTicket GmbH, Insel Koos 1, 17493 Greifswald, Germany, registered with the Local Court (Amtsgericht) of Stralsund under HRB 21874, managing directors Jana Behrendt and Ole Wittkamp ("KoosTicket")

**Customer:** Hunan Fenghuang Tuojiang Boat Tour Co., Ltd., No. 6 Hongqiao Road, Tuojiang Town, Fenghuang County, Xiangxi Prefecture, Hunan Province, PRC ("Customer")

This Order Form and the General Terms below together form the contract (the "Contract"). If they conflict, this Order Form prevails. At the Customer's request all fees are stated and invoiced in Renminbi (CNY).

## Part A – Order Form

**A.1 Service.** KoosTicket provides its cloud ticketing platform KOOS BOARDING for the Customer's sightseeing boats on the Tuojiang River: online sale through the Customer's WeChat mini-program and the OTA channels Ctrip and Meituan, counter sale at seven docks, timed departure slots, real-name passenger registration, QR-code boarding at dock gates, refunds, and daily settlement reports.

**A.2 Subscription Term.** 36 months from the date of Go-Live Acceptance (A.5). Thereafter the Contract renews for one further year at a time at unchanged fees unless either party terminates it with three months' notice to the end of the current term.

**A.3 Fees.**

| Item | Quantity | Unit fee (CNY) | Monthly (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform fee (all channels, 7 docks) | 1 | 21,500 / month | 21,500 | 774,000 |
| Dock gate licence (QR scanner and turnstile control) | 14 gates | 650 / gate / month | 9,100 | 327,600 |
| Subtotal subscription (36 months) | | | 30,600 | 1,101,600 |
| Onboarding (configuration of 7 docks, fare and slot rules, OTA interfaces, training), one-off | 1 | 148,400 | | 148,400 |
| **Total contract value** | | | | **1,250,000** |

Payment-processing fees charged by WeChat Pay and the OTA channels are paid by the Customer directly to those providers and are not part of the Contract.

**A.4 Invoicing.** No fees are payable in advance. Subscription fees are invoiced monthly in arrears, starting with the month in which Go-Live Acceptance occurs. The onboarding fee is invoiced on Go-Live Acceptance. Invoices are payable within 30 days.

**A.5 Go-Live Acceptance.** KoosTicket shall make the platform ready for acceptance by 15 March 2026, before the spring holiday season. Acceptance tests, run jointly over five consecutive operating days at all seven docks, must show that (a) tickets can be sold and refunded through all channels; (b) each QR code is validated and the gate opens within one second; (c) no departure slot is oversold; (d) real-name data are captured as required by the local maritime authority; and (e) a full day's sales reconcile with the WeChat Pay and OTA settlement files without difference. When the tests are passed the Customer signs a Go-Live Acceptance certificate. Live operation during the test period does not constitute acceptance.

**A.6 Delay.** If Go-Live Acceptance is not reached by the date in A.5 for reasons for which KoosTicket is responsible, KoosTicket pays the Customer CNY 900 for each calendar day of delay, up to a maximum of CNY 63,000.

**A.7 Training.** Before Go-Live Acceptance KoosTicket trains up to 40 dock, counter and office staff on site in Fenghuang and provides user guides in Chinese.

**A.8 Contacts.** KoosTicket: project manager Lukas Brandt, support hotline +86 400 820 6617. Customer: IT manager Peng Xiaolan.

## Part B – General Terms and Conditions of KoosTicket GmbH (version 4/2025)

### § 1 Scope

(1) These General Terms apply to all subscriptions of KOOS BOARDING. Terms of the Customer apply only where KoosTicket has accepted them in writing.

(2) KoosTicket provides the platform as software as a service. The Customer receives, for the Subscription Term, the non-transferable right to use the platform for its own boat operations.

(3) KoosTicket may further develop the platform, provided that the functions described in the Order Form remain available to at least the same extent.

### § 2 Service levels

(1) KoosTicket makes the platform available 99.95 % of the time in each calendar month, measured at the platform's internet gateway. Maintenance announced at least 48 hours in advance and performed between 23:00 and 06:00 China Standard Time does not count as downtime.

(2) Incidents are classified as follows. Severity 1: ticket sale or boarding is impossible at one or more docks or in the mini-program; response within 15 minutes at any time, restoration within two hours. Severity 2: a function is impaired but sale and boarding continue; response within one hour during operating hours, resolution within one working day. Severity 3: other faults and questions; response within one working day.

(3) If monthly availability falls below the level in paragraph 1, the Customer receives a service credit of 5 % of the monthly fee for each started 0.1 percentage point of shortfall, up to 50 % of the monthly fee. If the response time for a Severity 1 incident is exceeded, the Customer receives a credit of CNY 800 per started half hour. Credits are set off against the next invoice.

### § 3 Customer configurations and intellectual property

(1) All rights in the platform, its software and documentation remain with KoosTicket.

(2) Fare tables, slot rules, dock layouts, report templates and the interface adapters developed specifically for the Customer's OTA and WeChat accounts belong to the Customer. The Customer may use, modify and pass them on to third parties, including a successor supplier, without restriction. KoosTicket hands them over in a documented format at the end of the Contract.

### § 4 Customer data and data protection

(1) All passenger data, sales records and other data entered into or generated by the platform for the Customer ("Customer Data") belong to the Customer. KoosTicket processes Customer Data only on the Customer's documented instructions and only to provide the service; it does not use Customer Data for any other purpose, including in aggregated or anonymised form.

(2) Customer Data are stored exclusively in mainland China, on Alibaba Cloud in the Hangzhou region, in a system that holds a Level 3 record under the Multi-Level Protection Scheme. KoosTicket encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, logs all access and complies with the Personal Information Protection Law and the Data Security Law of the PRC.

(3) KoosTicket notifies the Customer of any security incident affecting Customer Data without undue delay and at the latest within 24 hours, supports the Customer in its notifications to authorities and passengers, and is liable for damage caused by an incident for which it is responsible, notwithstanding § 7 (2).

(4) At the end of the Contract KoosTicket hands over a complete export of Customer Data and then deletes it within 30 days.

### § 5 Confidentiality

The parties shall keep secret all business and trade secrets of the other party that become known to them in connection with the Contract, including fees, passenger numbers and system configurations, during the Contract and for three years after its end.

### § 6 Warranty for defects

KoosTicket remedies defects of the platform within the service levels of § 2. The Customer's right to reduce fees for defects is exercised through the credits of § 2 (3); further claims for damages remain subject to § 7.

### § 7 Liability

(1) KoosTicket is liable without limitation for intent and gross negligence, for injury to life, body or health and under mandatory product-liability law.

(2) In all other cases KoosTicket's total liability, irrespective of its legal basis, is limited to the fees paid by the Customer under the Contract in the twelve months preceding the event giving rise to liability. Liability for indirect damage and lost profit is excluded in these cases.

### § 8 Term and termination

(1) The Subscription Term and renewal follow the Order Form. Ordinary termination before the end of the Subscription Term is excluded.

(2) Each party may terminate the Contract for good cause without notice. Notices of termination must be given in writing; e-mail does not suffice. Good cause exists for the Customer in particular if KoosTicket materially breaches the Contract and does not remedy the breach within 14 days after a written warning, or if monthly availability falls below 99.0 % in two consecutive months.

### § 9 Subcontractors

(1) KoosTicket may use subcontractors and sub-processors, including affiliated companies, to perform the service. It informs the Customer in text form (e-mail is sufficient) of any new subcontractor two weeks before engaging it.

(2) KoosTicket remains responsible for the performance of its subcontractors as for its own.

### § 10 Applicable law and place of jurisdiction

(1) The Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Contract is Stralsund, Germany.

### § 11 Final provisions

(1) Amendments to the Contract must be made in text form. This also applies to a waiver of this text-form requirement.

(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions is not affected.

Greifswald / Fenghuang, ____________ 2025

For KoosTicket GmbH: ______________________ For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h184e03 — Zhanjiang oyster hatchery: water-quality sensors + maintenance; French integrator on the Île d'Yoc'h,
#           buyer's paper — .docx, "Art. N (title)" — compliant
# ---------------------------------------------------------------------------------------------------------------
H184E03 = """
T:CONTRACT FOR THE SUPPLY AND INSTALLATION OF A WATER-QUALITY MONITORING SYSTEM
P:Contract No. HY-PUR-2025-114
P:Between: ZHANJIANG HAIYUE OYSTER HATCHERY CO., LTD., a company established under the laws of the People's Republic of China, with its registered address at No. 21 Donghai Avenue, Donghai Island, Zhanjiang, Guangdong Province, represented by its general manager Mr Chen Guoqiang (the "Buyer"),
P:And: AQUAMESURE SARL, a French société à responsabilité limitée with a share capital of EUR 180,000, registered with the Trade and Companies Register of Brest under number 829 417 305, with its registered office at Île d'Yoc'h, 29870 Landéda, France, represented by its gérant Mr Yann Le Bihan (the "Supplier").
P:The Buyer's hatchery produces Pacific oyster spat in 46 larval and setting tanks and holds broodstock in 14 ponds. The Buyer wishes to monitor water quality continuously and to raise alarms and trigger dosing before conditions harm the larvae. Following the Buyer's invitation to tender of 12 May 2025, the Supplier submitted the offer accepted by the Buyer. This Contract is drawn up on the Buyer's standard form, in English at the request of the Supplier. At the Buyer's request all prices are in Renminbi.
H:Art. 1 (Purpose)
P:1.1 The Supplier shall supply, install, calibrate and commission a water-quality monitoring system for the hatchery halls and broodstock ponds (the "System"), train the Buyer's staff, and provide warranty and, if ordered, post-warranty maintenance as set out in this Contract.
P:1.2 The System comprises multiparameter sondes measuring dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll, online ammonia and nitrite analysers, data loggers and gateways, alarm and dosing control units, and the monitoring software with its dashboards and alarm logic.
H:Art. 2 (Contract documents)
P:2.1 The Contract consists of this document, Annex 1 (technical specification), Annex 2 (Supplier's offer of 28 May 2025) and Annex 3 (installation schedule). In case of conflict, this document prevails over the Annexes.
H:Art. 3 (Price)
P:3.1 The total Contract Price is CNY 1,623,000 (one million six hundred and twenty-three thousand Renminbi), including value-added tax, packing, transport to the hatchery, import formalities, insurance, installation, commissioning and training. The price is fixed and not subject to revision.
P:3.2 The price is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter water-quality sonde|28|26,800|750,400
TB:2|Online ammonia / nitrite analyser|6|48,500|291,000
TB:3|Data logger with 4G / LoRa gateway|14|7,600|106,400
TB:4|Alarm and dosing control unit|8|12,300|98,400
TB:5|Monitoring software, perpetual licence (60 tanks and ponds)|1|126,000|126,000
TB:|Hardware and licence subtotal|||1,372,200
TB:6|Installation and cabling in hatchery halls and broodstock ponds|1|148,600|148,600
TB:7|Calibration, commissioning and training|1|64,200|64,200
TB:8|Initial spare sensors and reagents|1|38,000|38,000
TB:|Total Contract Price|||1,623,000
H:Art. 4 (Payment)
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 162,300) within 15 days after signature of this Contract and receipt of an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 892,650) within 15 days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and does not constitute acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 568,050) within 15 days after signature of the Final Acceptance Certificate.
P:4.4 Each payment is made against a valid VAT invoice issued by the Supplier's agent in Guangzhou.
H:Art. 5 (Delivery and installation)
P:5.1 The Supplier shall deliver all equipment to the hatchery within 70 days after signature and complete installation within 100 days after signature. Installation in the larval halls shall be coordinated with the Buyer's production calendar so that no spawning run is interrupted.
P:5.2 All wetted parts shall be suitable for continuous immersion in seawater and shall not release substances harmful to oyster larvae.
H:Art. 6 (Acceptance)
P:6.1 After installation the System shall run for a trial period of 21 days.
P:6.2 Final Acceptance requires that: (a) each sonde, after calibration, agrees with the Buyer's laboratory reference within 0.2 mg/L for dissolved oxygen, 0.3 for salinity and 0.1 for pH; (b) ammonia and nitrite analysers agree with laboratory results within 10% of the reading; (c) data completeness over the trial period is at least 98% for every measuring point; (d) every alarm reaches the duty staff by SMS and the dashboard within 60 seconds; (e) each dosing interlock has been tested and works as specified; and (f) documentation, calibration certificates and training are complete.
P:6.3 When all criteria are met, the parties sign the Final Acceptance Certificate. If a criterion is not met, the Supplier shall remedy the defect within 10 days at its own cost and the relevant tests shall be repeated. Delivery, installation, the trial period or use of the System by the Buyer do not constitute acceptance.
H:Art. 7 (Warranty)
P:7.1 The Supplier warrants the System for 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective component free of charge, including transport and labour, and supply software updates.
P:7.2 Sensor membranes and reagents consumed in normal operation are excluded from the warranty. The Supplier shall hold spare sondes in Zhanjiang so that a failed sonde can be exchanged on site.
H:Art. 8 (Service levels)
P:8.1 A critical fault is a loss of dissolved-oxygen monitoring or alarm in any larval hall or broodstock pond. For a critical fault the Supplier shall respond remotely within 30 minutes of notification at any time and shall have a technician on site within 6 hours. Other faults shall be answered within 8 working hours and repaired within 3 working days.
P:8.2 For each full hour by which the Supplier exceeds the response time or the on-site time for a critical fault, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
H:Art. 9 (Post-warranty maintenance)
P:9.1 After the warranty period the Buyer may order annual maintenance, including two full calibrations a year, preventive maintenance, remote support and the service levels of Art. 8, at a fixed fee of CNY 118,000 per year. This fee shall not change during the three years following the end of the warranty.
P:9.2 Maintenance is ordered by the Buyer year by year in writing and does not renew automatically.
H:Art. 10 (Intellectual property)
P:10.1 The monitoring software remains the property of its licensor; the Buyer receives a perpetual licence for the number of tanks and ponds stated in Art. 3.
P:10.2 The dashboards, alarm thresholds, dosing logic, configuration files and reports prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Art. 11 (Data and security)
P:11.1 All measurement data, alarm records and production records generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, retain or disclose them.
P:11.2 The monitoring server is installed in the Buyer's premises. Remote access by the Supplier is allowed only through the Buyer's VPN with an account opened by the Buyer for each intervention, and all sessions are logged. The Supplier shall apply security patches supplied by the software licensor within 30 days.
P:11.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the System or the Buyer's data of which it becomes aware, shall assist the Buyer in limiting its effects, and is liable for all losses caused by an incident for which it is responsible.
H:Art. 12 (Confidentiality)
P:12.1 The Supplier shall keep confidential the Buyer's production methods, survival rates, broodstock information and all other non-public information obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for five years after its end.
H:Art. 13 (Penalties for delay)
P:13.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Annex 3, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Art. 14 (Subcontracting)
P:14.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor approved by the Buyer.
H:Art. 15 (Termination)
P:15.1 The Buyer may terminate the Contract by registered letter if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts received for the parts not accepted.
H:Art. 16 (Governing law and disputes)
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:Art. 17 (Miscellaneous)
P:17.1 This Contract is made in two originals in English, one for each party, and enters into force on signature by both parties.
P:For the Buyer: ______________________ For the Supplier: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h184e04 — Hangzhou e-sports arena: managed IT + desktop support; Scottish provider on Eilean Tioram — .txt,
#           "N. HEADING" — IP-OWNERSHIP, TERMINATION
# ---------------------------------------------------------------------------------------------------------------
H184E04 = """MANAGED IT SERVICES AGREEMENT

between

TIORAM MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (Registered Number SC718245) and having its Registered Office at The Old Boathouse, Eilean Tioram, Acharacle, PH36 4JB, Scotland ("the Provider")

and

HANGZHOU XINGYAO E-SPORTS ARENA CO., LTD., a company established in the People's Republic of China and having its registered address at No. 1888 Jiangnan Avenue, Binjiang District, Hangzhou, Zhejiang Province ("the Customer")

CONSIDERING THAT the Customer operates a 3,200-seat e-sports arena with 420 gaming stations and a broadcast control room; that the Customer wishes to outsource the management of its arena IT and its desktop support; and that the Provider, through its Hangzhou service team, has agreed to provide those services; NOW THEREFORE the parties HAVE AGREED AND DO HEREBY AGREE as follows. At the Customer's request all Charges are expressed in Renminbi (CNY).

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges set out in Clause 4; "Customer Data" means all data of the Customer, its players, spectators and staff processed by the Provider in providing the Services; "Deliverables" means all documents, image builds, scripts, configurations and other materials created by the Provider in the course of the Services; "Event Day" means a day with a ticketed tournament or broadcast at the arena; "Minimum Term" means 24 months from the Service Commencement Date; "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Clause 3; "Services" means the services described in Clause 2 and the Schedule.

1.2 Headings are for ease of reference only.

2. THE SERVICES

2.1 The Provider shall provide: (a) management and monitoring of the arena core, edge and Wi-Fi networks, including the stage network and the link to the streaming partner; (b) management of the 420 gaming stations, including image builds, game-client patching before each Event Day, peripheral replacement and anti-cheat configuration; (c) support of the broadcast control room IT; (d) a service desk and desktop support for 160 office users, from 09:00 to 22:00 every day; and (e) on-site engineers on every Event Day from three hours before doors open until the end of the last match.

2.2 The Provider shall keep a dedicated team of at least six engineers based in Hangzhou, led by a named service manager.

3. TRANSITION AND SERVICE COMMENCEMENT

3.1 The Provider shall carry out the transition from the Customer's current supplier in accordance with the transition plan in Part 2 of the Schedule, and shall be ready for Service Commencement by 30 November 2025.

3.2 Service Commencement shall be confirmed when the following criteria have been demonstrated to the Customer: (a) a complete and reconciled inventory of all network devices, gaming stations and office devices; (b) monitoring of every network device and gaming station in the Provider's console, with alerts tested; (c) a full rebuild of 40 gaming stations from the new image within one hour; (d) a failover test of the core network without interruption of a live test match; and (e) runbooks for Event Days and major incidents reviewed and approved by the Customer. The Customer shall sign the Service Commencement Certificate within three working days after the criteria have been met. Taking over the services in part or in full before that date shall not amount to acceptance.

3.3 If the Service Commencement Date is later than 30 November 2025 for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 2,000 for each day of delay, up to a maximum of CNY 120,000.

4. CHARGES AND PAYMENT

4.1 The Charges are: (a) a one-off Transition Charge of CNY 176,800; and (b) a Monthly Service Charge of CNY 96,800 for each month of the Minimum Term, made up of network and Wi-Fi management CNY 22,400, gaming-station management (420 stations at CNY 98) CNY 41,160, broadcast and stage IT support CNY 18,640, and service desk and desktop support CNY 14,600. The total Charges over the Minimum Term are therefore CNY 2,500,000, being CNY 176,800 plus 24 x CNY 96,800 (CNY 2,323,200).

4.2 Additional engineers requested by the Customer for exceptional events are charged at CNY 6,800 per engineer per Event Day, on the basis of a written order.

4.3 No Charges are payable in advance. The Transition Charge is invoiced on the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt of a valid VAT invoice issued by the Provider's Hangzhou subsidiary.

5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall ensure that the arena network is available at least 99.95% of the time in each month, measured by the Provider's monitoring system, excluding maintenance agreed in advance with the Customer and carried out outside Event Days.

5.2 Incidents shall be handled as follows. Priority 1 (loss of the stage network, the competition stations or the broadcast link, or more than 50 public stations unusable): response within 15 minutes and resolution within 2 hours. Priority 2 (degraded service affecting a group of users): response within 1 hour and resolution within 8 hours. Priority 3 (a single user or device): response within 2 hours and resolution by the end of the next day.

5.3 If the Provider fails to meet a service level in a month, the Customer shall be entitled to Service Credits: 2% of the Monthly Service Charge for each started 0.01 percentage point by which network availability falls short of the level in Clause 5.1, and CNY 3,000 for each Priority 1 incident not responded to or resolved in time, or CNY 6,000 if it occurs on an Event Day. Service Credits in a month shall not exceed 25% of the Monthly Service Charge and shall be deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data remains the property of the Customer. The Provider shall process Customer Data only for the purpose of providing the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.

6.2 The Provider shall: (a) keep Customer Data within mainland China; (b) give access only to named engineers with individual accounts and multi-factor authentication, and keep access logs for six months; (c) comply with the Customer's security policies, the Personal Information Protection Law and the Data Security Law of the PRC; and (d) wipe or hand over to the Customer any disk removed from a device.

6.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 2 hours of becoming aware of it, shall take all steps needed to contain it, and shall be liable for all losses, fines and costs arising from an incident caused by the Provider or its personnel.

7. INTELLECTUAL PROPERTY

7.1 All intellectual property rights in the Deliverables, including the gaming-station image builds, automation and patching scripts, runbooks, network configurations and documentation created by the Provider for the Customer, shall vest in and remain with the Provider.

7.2 The Provider grants the Customer a non-exclusive, non-transferable licence to use the Deliverables for its internal purposes during the Term. On expiry, the Customer may retain copies of the network configurations only to the extent needed to operate its equipment, but may not otherwise use, modify or disclose the Deliverables to a successor supplier without the Provider's consent.

8. CONFIDENTIALITY

8.1 Each party shall keep in confidence all confidential information of the other party, including the Customer's tournament schedules, sponsorship arrangements and network design, and shall use it only for the purposes of this Agreement. This Clause survives termination or expiry for five years.

9. CUSTOMER RESPONSIBILITIES

9.1 The Customer shall give the Provider's engineers access to the arena and its equipment rooms, provide desk space for the on-site team and notify the Provider of the event calendar 14 days before each Event Day.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any subcontractor so approved.

11. LIABILITY

11.1 The Provider's aggregate liability under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 125% of the total Charges payable over the Minimum Term.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6.

12. TERM AND TERMINATION

12.1 This Agreement comes into force on signature, continues for the Minimum Term and shall then expire, unless the parties agree in writing to extend it.

12.2 The Provider may terminate this Agreement on 30 days' written notice if the Customer fails to pay undisputed Charges within 60 days of their due date.

12.3 Either party may terminate this Agreement with immediate effect if the other party becomes insolvent, enters administration, liquidation or sequestration, or ceases to carry on business.

12.4 Save as provided in Clauses 12.2 and 12.3, neither party may terminate this Agreement before the end of the Minimum Term. The Customer's remedies for any failure in the Services are the Service Credits and damages subject to Clause 11, and the Customer waives any right to rescind this Agreement for breach.

12.5 On expiry the Provider shall provide reasonable exit assistance for 30 days at its standard day rates.

13. GOVERNING LAW AND DISPUTES

13.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules.

14. GENERAL

14.1 This Agreement, together with the Schedule, constitutes the entire agreement between the parties. Variations must be in writing and signed by both parties.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages, together with the Schedule, are executed as follows:

Signed for and on behalf of TIORAM MANAGED SERVICES LIMITED at Acharacle on ____________ 2025 by ______________________, Director, before this witness ______________________

Signed for and on behalf of HANGZHOU XINGYAO E-SPORTS ARENA CO., LTD. at Hangzhou on ____________ 2025 by ______________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h184e05 — Xinhui dried-tangerine-peel exporter: origin-certificate API subscription + integration; Italian vendor
#           on the Isola dei Gabbiani — .txt, "Article N" — PREPAYMENT, SLA-NO-REMEDY, LD-MISSING
# ---------------------------------------------------------------------------------------------------------------
H184E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT
for the ORIGO-CERT Origin Certificate API

Contract ref. GT/CN/2025/044

BETWEEN

GABBIANI TRACCIABILITA' S.R.L., with registered office at Localita' Isola dei Gabbiani snc, 07020 Palau (SS), Italy, share capital EUR 250,000 fully paid up, enrolled in the Companies Register of Sassari under no. 02876540905, VAT no. IT02876540905, in the person of its Managing Director Ms Giulia Sanna, duly empowered (hereinafter the "Vendor")

AND

JIANGMEN XINHUI CHENYUN TANGERINE PEEL TRADING CO., LTD., with registered office at No. 33 Chenpi Village Road, Huicheng Street, Xinhui District, Jiangmen, Guangdong Province, People's Republic of China, in the person of its Legal Representative Mr Lin Zhaohui (hereinafter the "Customer")

(the Vendor and the Customer hereinafter jointly the "Parties" and each a "Party")

PREMISES

(a) The Vendor operates ORIGO-CERT, a cloud platform and application programming interface (the "API") that issues digitally signed certificates of origin and authenticity for agricultural products with protected geographical indications, each linked to a QR code that importers, distributors and consumers can verify.

(b) The Customer exports Xinhui dried tangerine peel (Xinhui chenpi), a product protected as a geographical indication in the People's Republic of China, to importers in the European Union, Singapore and Malaysia, and wishes to issue for each export lot a verifiable certificate showing the orchard, harvest year, ageing warehouse and ageing period.

(c) The Customer has requested that the API be integrated with its ERP system, its orchard and warehouse records and its label printers, and that all fees be expressed and paid in Renminbi.

(d) The Parties therefore intend to regulate by this contract (the "Contract") the subscription to the API and the integration services.

NOW, THEREFORE, the Parties agree and stipulate as follows.

Article 1 - Premises and annexes

1.1 The premises and the annexes form an integral and substantial part of this Contract. Annex 1 contains the technical description of the API; Annex 2 the list of approved sub-processors; Annex 3 the integration plan.

Article 2 - Subject matter

2.1 The Vendor grants the Customer, for the Subscription Period, the non-exclusive right to use the API and the ORIGO-CERT web console to issue certificates for the Customer's own products, within an allowance of 60,000 certificates per subscription year.

2.2 The Vendor shall moreover carry out the following integration services (the "Integration Services"): (i) a connector between the API and the Customer's ERP system for export orders and lots; (ii) mapping of the Customer's orchard, harvest and warehouse records to the certificate data model; (iii) label templates and a print service for the Customer's four label printers; and (iv) an importer verification page in English, Chinese and Malay.

Article 3 - Duration

3.1 The Subscription Period lasts three years from the date on which the Vendor issues the production API credentials (the "Activation Date").

3.2 At its expiry the Contract shall be tacitly renewed for successive periods of one year at the same fees, unless either Party gives notice of cancellation by registered letter or e-mail at least 90 days before the expiry date.

Article 4 - Fees

4.1 The fees are as follows:
- Annual subscription fee: CNY 186,000 per subscription year, i.e. CNY 558,000 for the three-year Subscription Period;
- Integration Services, fixed price: CNY 142,000;
- Total contract value: CNY 700,000.

4.2 Certificates issued beyond the annual allowance are charged at CNY 1.20 each, invoiced quarterly in arrears. They are not included in the total contract value.

4.3 All fees are inclusive of value-added tax and are invoiced by the Vendor's representative office in Guangzhou.

Article 5 - Payment terms

5.1 Within ten days of signature of this Contract, and in any case before the Activation Date, the Customer shall pay an advance of CNY 266,000 (the "Advance"), which shall be set off against the Integration Services fee and the subscription fee for the first year.

5.2 The balance of the Integration Services fee and of the first-year subscription fee, i.e. CNY 62,000 (CNY 142,000 plus CNY 186,000, less the Advance), shall be paid within 15 days of signature of the integration acceptance report under Article 7.

5.3 The subscription fees for the second and third years shall be paid within 15 days from the start of each subscription year.

5.4 Amounts not paid when due bear interest at the loan prime rate published by the National Interbank Funding Center plus two percentage points per year.

Article 6 - Integration timetable

6.1 The Vendor shall start the Integration Services within 15 days of receiving the Advance and shall use its best endeavours to complete them within 75 days of that payment, according to the plan in Annex 3.

6.2 The dates in Annex 3 are indicative. The Customer acknowledges that the timetable depends on the timely provision of its records and of access to its ERP system.

Article 7 - Acceptance of the Integration Services

7.1 On completion the Parties shall carry out joint acceptance tests on 200 test lots. The tests are passed if: (a) a certificate is issued for each lot within 5 seconds of the ERP export order being released; (b) every certificate can be verified by scanning its QR code from mainland China, the European Union and Singapore; (c) orchard, harvest year, warehouse and ageing period on each certificate match the Customer's records without exception; (d) labels print correctly on all four printers; and (e) the ERP system shows the certificate number against each lot.

7.2 When the tests are passed, the Parties sign an integration acceptance report. If a test fails, the Vendor shall correct the defect and repeat the test. The issue of production credentials or the use of the API by the Customer does not in itself constitute acceptance.

Article 8 - Service levels

8.1 The Vendor shall make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 72 hours in advance.

8.2 Incidents are classified and handled as follows: Severity 1 (certificates cannot be issued or verified): response within 1 hour, 24 hours a day; Severity 2 (degraded performance or a single function unavailable): response within 8 business hours; Severity 3 (questions and minor faults): response within 3 business days.

8.3 The service levels set out in this Article are targets. Failure to meet them shall not give rise to any service credit, reduction of fees, compensation or penalty, without prejudice to the Customer's right to terminate under Article 14.

Article 9 - Intellectual property

9.1 The ORIGO-CERT platform, the API and all related software and documentation remain the exclusive property of the Vendor.

9.2 The connector, the data mappings, the label templates, the importer verification page and all other deliverables of the Integration Services, including their source code, belong to the Customer, which may freely use, modify and license them, also to third parties. The Vendor shall deliver the source code upon acceptance.

Article 10 - Customer data and data protection

10.1 All data provided by the Customer or generated for it through the API, including orchard, lot, warehouse and importer data ("Customer Data"), belong to the Customer. The Vendor processes Customer Data only to provide the services under this Contract and shall not use them, even in aggregated or anonymised form, for any other purpose.

10.2 Customer Data are stored in mainland China, in the Shenzhen region of Tencent Cloud. The Vendor maintains an information-security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, limits access to authorised personnel and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

10.3 The Vendor shall inform the Customer of any security breach affecting Customer Data within 24 hours of becoming aware of it, shall cooperate in remedying it and shall bear the damages caused to the Customer by a breach attributable to the Vendor.

Article 11 - Confidentiality

11.1 Each Party undertakes to keep strictly confidential any technical, commercial and financial information of the other Party acquired in performing this Contract, including the Customer's orchard sources, prices and customer lists, and not to disclose it to third parties without the other Party's prior written consent. This obligation remains in force for five years after the end of the Contract.

Article 12 - Subcontracting

12.1 The Vendor shall not subcontract the performance of this Contract, in whole or in part, without the Customer's prior written consent. The Customer hereby consents to the hosting provider listed in Annex 2. The Vendor remains fully liable for the work of any approved subcontractor.

Article 13 - Liability

13.1 Each Party's total liability towards the other under this Contract shall not exceed 150% of the total contract value, save in the case of wilful misconduct or gross negligence and of breach of Articles 10 and 11.

13.2 Neither Party shall be liable for indirect damages or loss of profit, save in the cases mentioned in Article 13.1.

Article 14 - Termination

14.1 Either Party may terminate this Contract by written notice if the other Party commits a material breach and fails to remedy it within 30 days of receiving a written request to do so.

14.2 In case of termination by the Customer under Article 14.1, the Vendor shall refund the subscription fees paid for the period after termination and shall hand over all Customer Data in a standard format within 30 days.

Article 15 - Governing law and disputes

15.1 At the Customer's request this Contract is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Contract shall be submitted to the Jiangmen Arbitration Commission for arbitration in Jiangmen. The arbitral award shall be final and binding on the Parties.

Article 16 - Final provisions

16.1 This Contract is drawn up in English in two originals. Any amendment shall be made in writing and signed by both Parties.

Palau / Jiangmen, ____________ 2025

The Vendor ______________________          The Customer ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Build targets
# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h184z01": H184Z01, "h184z02": H184Z02, "h184e01": H184E01, "h184e03": H184E03}
TARGETS = {"h184z01": ("h184z01_city_hydrology_bureau_flood_warning_system.docx", "docx"),
           "h184z02": ("h184z02_pesticide_plant_sis_supply_and_maintenance.pdf", "pdf"),
           "h184e01": ("h184e01_jewellery_cad_perpetual_licence_irish_vendor.pdf", "pdf"),
           "h184e03": ("h184e03_oyster_hatchery_water_quality_sensors.docx", "docx")}
TEXT_FILES = {"h184z03": ("h184z03_swim_school_chain_membership_saas.md", H184Z03),
              "h184z04": ("h184z04_county_science_bureau_project_platform_om.txt", H184Z04),
              "h184z05": ("h184z05_vinegar_brewery_mes_supplier_template.md", H184Z05),
              "h184e02": ("h184e02_boat_ticketing_saas_order_form_german_vendor.md", H184E02),
              "h184e04": ("h184e04_esports_arena_managed_it_desktop_support.txt", H184E04),
              "h184e05": ("h184e05_tangerine_peel_origin_certificate_api.txt", H184E05)}


def file_name(key):
    return TARGETS[key][0] if key in TARGETS else TEXT_FILES[key][0]


# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted before any label is written)
# ---------------------------------------------------------------------------------------------------------------
def check_sums():
    # z01: Word price table
    z01_goods = 68 * 18600 + 42 * 9800 + 60 * 3200 + 8 * 46500 + 68 * 4150 + 286000 + 520000
    assert (68 * 18600, 42 * 9800, 60 * 3200, 8 * 46500, 68 * 4150) == (1264800, 411600, 192000, 372000, 282200)
    assert z01_goods == 3328600 and z01_goods + 378500 + 412000 + 26900 == 4146000
    assert 20 + 45 + 35 == 100 and round(3328600 * 0.08) == 266288
    # z02
    z02_goods = 2 * 386000 + 418500 + 96800 + 2 * 38500 + 6 * 26400 + 124000
    assert z02_goods == 1646700 and z02_goods + 186000 + 143300 + 44000 == 2020000
    assert 10 + 55 + 35 == 100
    # z03
    annual = 24 * 9600 + 46800 + 18000
    assert 24 * 9600 == 230400 and annual == 295200 and 3 * annual == 885600 and 3 * annual + 96400 == 982000
    assert annual / 4 == 73800
    # z04
    assert 120 * 800 == 96000 and 168000 + 72000 + 96000 + 34000 + 16000 == 386000
    assert 386000 * 45 // 100 == 173700 and 386000 * 55 // 100 == 212300 and 173700 + 212300 == 386000
    # z05
    assert 16 * 3250 == 52000 and 460000 + 385000 + 118000 + 52000 == 1015000
    assert 1015000 * 55 // 100 == 558250 and 1015000 * 45 // 100 == 456750 and 558250 + 456750 == 1015000
    # e01
    lic = 18 * 42000 + 6 * 18500 + 64000
    assert (18 * 42000, 6 * 18500) == (756000, 111000) and lic == 931000 and lic + 238000 + 36000 == 1205000
    assert (1205000 * 20 // 100, 1205000 * 45 // 100, 1205000 * 35 // 100) == (241000, 542250, 421750)
    assert 241000 + 542250 + 421750 == 1205000 and round(931000 * 0.145) == 134995
    # e02
    assert 14 * 650 == 9100 and 21500 + 9100 == 30600 and 36 * 21500 == 774000 and 36 * 9100 == 327600
    assert 36 * 30600 == 1101600 and 1101600 + 148400 == 1250000 and 70 * 900 == 63000
    # e03
    e03_goods = 28 * 26800 + 6 * 48500 + 14 * 7600 + 8 * 12300 + 126000
    assert (28 * 26800, 6 * 48500, 14 * 7600, 8 * 12300) == (750400, 291000, 106400, 98400)
    assert e03_goods == 1372200 and e03_goods + 148600 + 64200 + 38000 == 1623000
    assert (1623000 * 10 // 100, 1623000 * 55 // 100, 1623000 * 35 // 100) == (162300, 892650, 568050)
    assert 162300 + 892650 + 568050 == 1623000
    # e04
    assert 420 * 98 == 41160 and 22400 + 41160 + 18640 + 14600 == 96800
    assert 24 * 96800 == 2323200 and 2323200 + 176800 == 2500000 and 60 * 2000 == 120000
    # e05
    assert 3 * 186000 == 558000 and 558000 + 142000 == 700000
    assert 142000 + 186000 - 266000 == 62000
    return {"z01_goods": z01_goods, "z02_goods": z02_goods, "e01_lic": lic, "e03_goods": e03_goods}


# ---------------------------------------------------------------------------------------------------------------
# Labels (hand-made from policy.md §3/§4; conventions of holdout18/19 and their post-run corrections)
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(*values):
    assert len(values) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, values))


def extra(sla, ld_stated, capped, deemed, value):
    out = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:  # only on goods_or_licence labels
        out["post_warranty_fee_capped"] = capped
    out["acceptance_deemed_on_delivery"] = deemed
    out["contract_value"] = value
    return out


def plan(s):
    # (lang, category, terms, extra, fee base for TCO, forum in mainland China, planned rules)
    return {
        # 第十一条 万分之八; 6.2 8 % of 3,328,600; 7.2 99.95; 7.1 30 分钟
        "h184z01": ("zh", "hardware",
                    terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False,
                          True, False, "PRC", "goods_or_licence"),
                    extra(True, True, True, False, 4146000), s["z01_goods"], True, []),
        "h184z02": ("zh", "hardware",
                    terms(None, 0.25, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 18,
                          498000 / s["z02_goods"] * 100, False, True, True, "PRC", "goods_or_licence"),
                    extra(True, True, True, False, 2020000), s["z02_goods"], True,
                    ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
        "h184z03": ("zh", "cloud",
                    terms(99.5, 0.5, True, "buyer", True, False, True, 600 / 982000 * 100, 120, None, True, None,
                          None, None, True, True, False, "PRC", "service"),
                    extra(True, True, None, False, 982000), None, True,
                    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
        "h184z04": ("zh", "services",
                    terms(None, 6, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                          True, False, "PRC", "service"),
                    extra(True, True, None, False, 386000), None, True, ["CR-LD-LOW", "CR-SLA-RESPONSE"]),
        "h184z05": ("zh", "software",
                    terms(None, 24, False, "supplier", True, False, True, 0.01, 25, 55, False, False, 6, None,
                          False, True, None, "PRC", "goods_or_licence"),
                    extra(True, True, False, True, 1015000), 460000 + 52000, True,
                    ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
        "h184e01": ("en", "software",
                    terms(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 14.5, False,
                          True, False, "Ireland", "goods_or_licence"),
                    extra(True, True, True, False, 1205000), s["e01_lic"], False, ["CR-GOVERNING-LAW"]),
        "h184e02": ("en", "cloud",
                    terms(99.95, 0.25, True, "buyer", True, True, True, 900 / 1250000 * 100, 12 / 36 * 100, None,
                          True, None, None, None, False, True, True, "Germany", "service"),
                    extra(True, True, None, False, 1250000), None, False,
                    ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
        "h184e03": ("en", "hardware",
                    terms(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24,
                          118000 / s["e03_goods"] * 100, False, True, False, "PRC", "goods_or_licence"),
                    extra(True, True, True, False, 1623000), s["e03_goods"], True, []),
        "h184e04": ("en", "services",
                    terms(99.95, 0.25, True, "supplier", True, True, True, 2000 / 2500000 * 100, 125, None, True,
                          None, None, None, False, False, False, "PRC", "service"),
                    extra(True, True, None, False, 2500000), None, True, ["CR-IP-OWNERSHIP", "CR-TERMINATION"]),
        "h184e05": ("en", "cloud",
                    terms(99.95, 1, False, "buyer", True, True, True, None, 150, 266000 / 700000 * 100, True, None,
                          None, None, False, True, False, "PRC", "service"),
                    extra(True, False, None, False, 700000), None, True,
                    ["CR-LD-MISSING", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY"]),
    }


def tco(t, x, base, horizon=5):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years
    = horizon - warranty (partial pro rata); fee base = itemised licence/hardware price. None if not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    total = x["contract_value"] + fees
    return {"years": years, "annual_fee": t["post_warranty_fee_pct"] / 100 * base, "fees": fees, "tco": total,
            "share_pct": fees / total * 100}


def apply_rules(t, x, forum_mainland, share):
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or not forum_mainland:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def not_on_threshold(t, share):
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15 and share != 40


def write_labels():
    sums = check_sums()
    for key, (lang, cat, t, x, base, forum, planned) in plan(sums).items():
        assert ("post_warranty_fee_capped" in x) == (t["contract_kind"] == "goods_or_licence")
        c = tco(t, x, base) if base else None
        share = c["share_pct"] if c else None
        not_on_threshold(t, share)
        got = apply_rules(t, x, forum, share)
        assert got == sorted(planned), (key, got, planned)
        label = {"file": file_name(key), "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": got}
        (OUT / (Path(file_name(key)).stem + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(key, got, "TCO:", {k: round(v, 4) for k, v in c.items()} if c else None)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
