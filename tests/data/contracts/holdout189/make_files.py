"""holdout189: builds the ten held-out contracts and their labels.

Sources of all ten drafts are kept here. The .txt / .md files are written as they are; the two .docx and two .pdf
are built with ../word_pdf.py (PDF paragraphs wrapped at word boundaries, wrap_words=True). The labels (.json) are
computed below from the planned terms: every price and payment sum is asserted, percentages are as Python computes
them, and the policy rules (policy.md section 3, with "Where rules apply" and section 4 TCO) are re-applied to each
label's terms and compared with the planned rule list. Run with /work/main/.venv/bin/python.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h189z01 — 市红十字会 应急救护培训管理平台 (系统集成, 政府采购 公开招标, 采购人合同文本) — .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H189Z01 = """
T:临江市红十字会应急救护培训管理平台建设项目采购合同
P:合同编号：LJHSZ-ZFCG-2025-017
P:采购项目编号：LJCG2025-GK-0342（公开招标）
P:甲方（采购人）：临江市红十字会
P:乙方（供应商）：临江安远信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及临江市红十字会应急救护培训管理平台建设项目公开招标的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责建设临江市红十字会应急救护培训管理平台，提供平台软件许可、线上理论学习及考试子系统、培训考核终端、模拟人数据采集网关、服务器及存储设备，并完成定制开发、系统集成、部署、数据迁移和培训，使平台覆盖市本级、下辖7个县（区）红十字会和42个救护培训点。
P:1.2 定制开发内容包括：与省红十字会救护培训信息系统的学员及证书数据对接；与"救在身边"志愿者小程序的持证人员信息同步；救护员证书电子化及扫码核验；按甲方要求设计的统计报表和培训质量看板。
P:1.3 技术要求以招标文件第五章《采购需求》及乙方投标文件的技术响应表为准，两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾贰万元整（¥1,620,000.00），为固定总价，包含设备、软件、开发、运输、安装、集成、培训、税费及质保期内全部服务费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应急救护培训管理平台软件许可（学员管理、课程排班、考核发证）|1套|486,000|486,000
TB:2|线上理论学习及考试子系统软件许可|1套|168,000|168,000
TB:3|培训考核终端（平板电脑）|40台|3,850|154,000
TB:4|模拟人数据采集网关|24台|6,200|148,800
TB:5|服务器、存储及操作系统|1批|236,400|236,400
TB:|软硬件小计|||1,193,200
TB:6|定制开发（省级系统对接、小程序对接、电子证书、报表看板）|1项|312,000|312,000
TB:7|系统集成、部署及数据迁移|1项|96,500|96,500
TB:8|培训|1项|18,300|18,300
TB:|合计|||1,620,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥324,000。
P:3.2 全部设备到货安装、平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥729,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥567,000。
P:3.4 乙方每次请款前应向甲方开具合法有效的等额发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后45日内完成全部设备到货和安装，90日内完成定制开发和系统部署，并向甲方提交初步验收申请。
P:4.2 乙方应指派一名项目经理全程负责本项目，项目经理未经甲方书面同意不得更换。
P:4.3 数据迁移范围为2019年以来的学员、课程和证书记录。迁移前后应逐条核对，差异记录应列出清单并由乙方修正。
H:第五条 验收
P:5.1 初步验收在设备安装、平台部署和数据迁移完成后进行，检查内容包括：设备型号和数量与投标文件一致；平台全部功能模块按《采购需求》逐项演示通过；迁移数据核对一致；在300个并发用户下页面响应时间不超过3秒。
P:5.2 初步验收后平台进入为期60日的试运行。试运行期间未发生一级故障，累计完成不少于20期培训班的排班、考核和发证，与省级系统及小程序的数据交换连续正常，并通过第三方网络安全等级保护二级测评后，甲方组织最终验收。
P:5.3 验收均由甲方组织并出具书面验收报告。设备到货签收、平台上线运行或甲方支付部分款项，均不视为甲方验收合格。验收不合格的，乙方应在10日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起三年。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换和技术支持。
P:6.2 故障分为三级：一级故障指平台整体不可用或考核发证功能中断；二级故障指部分功能不可用；三级故障指其他一般问题。一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中解决。
P:6.3 乙方响应、到场或恢复超过6.2规定时限的，每超时一小时，甲方可从应付款项中扣除¥1,000；同一质保年度内一级故障超过三次的，乙方应另行提交整改方案并经甲方确认。
P:6.4 质保期满后，如甲方需要乙方继续提供运维服务，年度服务费不超过软硬件小计的8%（即不超过¥95,456/年），该价格在质保期满后两年内保持不变，具体服务内容另行签订合同。
H:第七条 数据安全
P:7.1 平台中的学员个人信息、培训及考核记录、证书数据和日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供，也不得在合同终止后保留。
P:7.2 乙方应按照网络安全等级保护二级要求部署平台，落实访问控制、身份鉴别、传输和存储加密、日志审计和数据备份措施。乙方人员远程维护须经甲方批准，并通过甲方指定的运维审计系统进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后2小时内报告甲方，立即采取补救措施并配合调查。因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、技术资料和学员个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 定制开发成果（包括接口程序、报表、看板及其源代码和技术文档）的知识产权归甲方所有。乙方应在最终验收时移交完整源代码和文档，甲方有权自行或委托第三方修改和使用。
P:9.2 平台标准软件的知识产权仍归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件和设备不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，应无偿更换或修复；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目。除投标文件中已载明并经甲方书面同意的分包事项外，乙方不得分包任何工作。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：逾期超过30日；验收两次不合格；发生重大数据安全事件；其他根本违约且在甲方书面通知后15日内未纠正。合同解除后，乙方应退还已收取的相应款项并赔偿甲方损失。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的一方，应在不可抗力发生后5日内通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十四条 适用法律和争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市红十字会　　　　乙方（盖章）：临江安远信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h189z02 — 钢铁厂 高炉炉体温度监测系统 (hardware supply + 质保期满后维保) — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H189Z02 = """
T:高炉炉体温度监测系统采购合同
P:合同编号：LCGT-LT-2025-0611
P:甲方（买方）：临川钢铁股份有限公司
P:乙方（卖方）：江城炉安测控技术有限公司
P:为提升3号高炉（有效容积2,650立方米）炉体及炉缸的安全监控水平，甲方向乙方采购高炉炉体温度监测系统。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与范围
P:（一）乙方提供3号高炉炉体温度监测系统的全部设备和软件，并负责安装、调试、模型标定、培训和质保期服务，质保期满后按本合同第八条提供维保服务。
P:（二）系统组成如下：
P:1. 炉壳热电偶测温点360个，覆盖炉腹、炉腰和炉身下部；
P:2. 冷却壁水温差监测单元48套；
P:3. 炉壳红外热像扫描仪6台；
P:4. 炉缸光纤光栅测温系统1套；
P:5. 数据采集站8套及监测服务器、工作站；
P:6. 炉体热负荷与炉缸侵蚀监测软件1套。
P:（三）系统应接入甲方炼铁厂二级系统和高炉专家系统，数据刷新周期不超过10秒，技术要求以双方签署的技术协议为准。
H:二、合同价格
P:（一）合同总价为人民币贰佰壹拾玖万元整（¥2,190,000），为含税固定总价。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|K型铠装热电偶测温点|360支|680|244,800
TB:2|冷却壁水温差监测单元|48套|5,600|268,800
TB:3|炉壳红外热像扫描仪|6台|58,000|348,000
TB:4|炉缸光纤光栅测温系统|1套|426,000|426,000
TB:5|数据采集站（远程I/O）|8套|23,500|188,000
TB:6|监测服务器及工作站|1批|96,400|96,400
TB:7|炉体热负荷与侵蚀监测软件许可|1套|215,000|215,000
TB:|软硬件小计|||1,787,000
TB:8|安装调试（含休风窗口施工及布线）|1项|263,000|263,000
TB:9|炉缸侵蚀模型标定及定制监控画面|1项|118,000|118,000
TB:10|培训|1项|22,000|22,000
TB:|合计|||2,190,000
P:（二）合同总价不含第八条所述质保期满后的维保服务费。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥219,000。
P:（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的50%，即¥1,095,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过终验后，甲方支付合同总价的35%，即¥766,500。
P:（四）其余5%即¥109,500作为质量保证金，质保期满且无未了质量问题后一次付清。
H:四、交货与安装
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方炼铁厂指定库房，并提供装箱单、合格证和出厂检验报告。
P:（二）安装调试须在甲方安排的3号高炉计划休风窗口内完成。乙方应提前编制施工方案，经甲方安全管理部门审查后实施。乙方人员须遵守甲方煤气区域作业、动火作业和高处作业的安全规定。
P:（三）乙方应在休风结束后30日内完成系统调试并提交终验申请。
P:（四）设备包装应适应长途运输和现场露天短期存放，热电偶及光纤光栅传感器应单独防潮、防震包装。设备在终验前的毁损灭失风险由乙方承担。
P:（五）乙方应对甲方炉前工、点检员和仪表维护人员进行不少于5天的培训，内容包括系统原理、日常点检、测温元件更换、报警处置和侵蚀模型解读，培训结束后提交培训记录和考核结果。
H:五、验收
P:（一）终验标准：
P:1. 设备型号、规格和数量符合合同及技术协议；
P:2. 全部测温点在线，热电偶测量值与甲方标准测温仪比对偏差不超过±3℃；
P:3. 红外扫描覆盖炉壳全部区域，异常热点定位误差不超过0.5米；
P:4. 炉缸侵蚀模型完成标定，残厚计算结果与甲方提供的历史破损调查数据比对偏差不超过50毫米；
P:5. 与二级系统和专家系统的数据交换连续30日正常，期间未发生一级故障。
P:（二）终验由甲方组织、乙方参加，验收合格的由甲方签署终验证书。设备安装完成、系统投入运行或甲方支付部分款项，均不视为验收合格。终验不合格的，乙方应在15日内整改后重新验收。
H:六、质量保证
P:（一）质保期为终验合格之日起二十四个月。质保期内乙方免费维修或更换故障设备和部件，免费提供软件修复和升级。
P:（二）热电偶等测温元件在质保期内损坏的，乙方应在48小时内免费更换。
P:（三）乙方应随设备提供满足两年使用的备品备件，包括热电偶60支、采集模块4块和光纤跳线若干，备品备件清单作为技术协议附件。备品备件在质保期内消耗的，由乙方免费补足。
H:七、技术服务与故障响应
P:（一）乙方设立7×24小时服务热线。故障分级及响应要求如下：
P:1. 一级故障（炉缸区域测温中断、监测软件整体停止或报警功能失效）：30分钟内响应，3小时内到达现场，8小时内恢复；
P:2. 二级故障（部分测温点或单台扫描仪失效）：1小时内响应，24小时内修复；
P:3. 三级故障（画面、报表等一般问题）：8小时内响应，5个工作日内解决。
P:（二）乙方未按上述时限响应、到场或恢复的，每超时一小时，甲方有权扣除¥1,500，从质量保证金或维保服务费中抵扣。
H:八、质保期满后的维保服务
P:（一）质保期满后，乙方应继续为甲方提供系统维保服务，维保期为质保期满后三年。
P:（二）维保服务费按软硬件小计的17.5%每年计取，即每年¥312,725，三年内固定不变，于每个维保年度结束后凭甲方确认的维保考核报告支付。
P:（三）维保服务内容包括：每季度一次现场巡检、测温元件更换、软件升级、炉缸侵蚀模型年度复标定，响应时限同第七条。
H:九、数据安全与保密
P:（一）系统采集和生成的全部数据（温度、热负荷、侵蚀计算结果、报警记录等）归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、带离或用于其他目的。
P:（二）系统部署在甲方工业控制网络内，与办公网逻辑隔离。乙方远程维护须事先经甲方批准，通过甲方堡垒机接入并全程审计；乙方不得在系统中设置任何后门或未经授权的远程通道。
P:（三）发生数据泄露、篡改或系统被非法控制等安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:（四）双方对在履约中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内有效。
H:十、知识产权
P:（一）为甲方定制的监控画面、炉缸侵蚀模型参数、接口程序及相关文档归甲方所有，甲方可自行或委托第三方修改和使用。
P:（二）监测软件的著作权归乙方所有，乙方授予甲方永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）乙方交付的设备不符合约定的，甲方有权要求更换，更换期间按逾期处理。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十二、分包
P:乙方不得转包。炉壳开孔、保温恢复等辅助施工如需分包，须事先取得甲方书面同意，分包单位须具备相应资质，乙方对分包工作承担连带责任。
H:十三、合同解除
P:乙方逾期超过45日、终验两次不合格，或有其他严重违约行为且经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交临川仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方法定代表人或授权代表签字并盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：临川钢铁股份有限公司　　　　乙方（盖章）：江城炉安测控技术有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h189z03 — 托育连锁 托育管理 SaaS (三年订阅 + 实施) — .md, Markdown headings "## N. 标题" + N.M
# ---------------------------------------------------------------------------------------------------------------
H189Z03 = """# 托育管理SaaS服务及实施合同

**合同编号**：HM-IT-2025-009

**甲方（客户）**：成都禾苗托育服务有限公司

**乙方（服务商）**：杭州童伴云科技有限公司

甲方在成都、德阳、绵阳三地经营28家托育园区。乙方向甲方提供"童伴托育云"管理平台的订阅服务及实施服务。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 1. 服务内容

1.1 订阅服务：乙方为甲方28家园区开通"童伴托育云"平台，包括入托招生、幼儿档案、晨午检及健康记录、膳食管理、考勤与接送、家园沟通（家长端小程序）、收费管理和园区运营看板等模块。

1.2 实施服务：乙方负责平台初始化配置，28家园区组织架构、班级和收费标准设置，历史数据迁移（在托幼儿及近两年离托幼儿的档案与收费记录），与甲方门禁考勤闸机的对接，家长端小程序按甲方品牌定制，以及对园长、保育员和财务人员的培训。

1.3 服务期限：订阅服务期为三年，自平台上线验收合格之日起计算。

1.4 客户服务：服务期内，乙方提供工作日8:30至20:30的在线客服和电话支持，并为甲方指定一名客户成功经理，每季度到甲方总部进行一次服务回顾，提交服务报告，内容包括可用率、故障处理、功能使用情况和改进建议。

1.5 版本更新：乙方对平台进行版本更新的，应提前7日通知甲方并提供更新说明；涉及园区业务流程变化的，应为甲方免费提供线上培训。版本更新不得减少本合同约定的功能。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 28园区 × 9,600元/园区/年 × 3年 | 806,400 |
| 实施服务费（配置、迁移、闸机对接、小程序定制、培训） | 一次性 | 138,000 |
| **合计** | | **944,400** |

2.1 上述费用均为含税价，税率按国家规定执行。

2.2 服务期内新增园区的，按每园区每年9,600元的标准按月折算计费；关闭园区的，自次月起停止计费。

## 3. 付款

3.1 订阅费按季度结算。甲方在每个季度结束后15个工作日内，凭乙方当季服务报告和发票支付该季度订阅费，每季度67,200元。

3.2 实施服务费在平台上线验收合格后15个工作日内一次性支付。

3.3 本合同不设预付款。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施并向甲方提交上线验收申请。

4.2 上线验收标准：（1）第1.1条所列模块均已按双方确认的需求确认书配置完成并逐项演示通过；（2）迁移数据与甲方原系统抽查比对一致，抽查不少于每园区50条幼儿档案和50条收费记录；（3）闸机考勤数据实时同步，延迟不超过5秒；（4）家长端小程序已通过平台审核并正式发布；（5）乙方已提交系统配置文档和操作手册。

4.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。平台开通、试用或园区开始录入数据，均不视为验收合格。

4.4 乙方逾期完成实施的，每逾期一日，按合同总金额的万分之八向甲方支付违约金。

4.5 甲方应指定项目负责人，及时确认需求确认书，按乙方提供的模板准备历史数据，并协调各园区配合闸机调试和人员培训。因甲方原因导致实施延误的，实施期限相应顺延。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%，计划维护时间不计入不可用时间。计划维护须提前72小时通知甲方，并安排在22:00至次日6:00之间进行。

5.2 故障响应：一级故障（平台无法登录，或接送、晨检功能中断）30分钟内响应，3小时内恢复；二级故障（单一模块不可用）2小时内响应，1个工作日内解决；三级故障1个工作日内响应。

5.3 月度可用率低于承诺值的，乙方按下表抵扣当月订阅费：

| 月度可用率 | 抵扣当月订阅费 |
|---|---|
| 低于99.5%但不低于99.0% | 5% |
| 低于99.0%但不低于98.0% | 10% |
| 低于98.0% | 20% |

5.4 一级故障未在承诺时间内响应或恢复的，每次另行抵扣当月订阅费的2%。

## 6. 知识产权

6.1 平台及其标准功能的知识产权归乙方所有。

6.2 为甲方定制的家长端小程序品牌界面、闸机对接程序、专属报表模板和配置方案归甲方所有。乙方应在上线验收时交付相关源代码和文档，甲方可自行或委托第三方修改使用。

## 7. 数据与个人信息保护

7.1 甲方在平台中录入或产生的数据，包括幼儿及家长个人信息、健康及晨检记录、考勤接送记录和收费数据（"甲方数据"），归甲方所有。

7.2 乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、传输加密、分级权限、操作日志和每日备份等安全措施，平台应持续通过网络安全等级保护三级测评。幼儿个人信息仅限甲方授权人员访问，乙方运维人员访问须经甲方审批并留存记录。

7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内通知甲方，立即采取补救措施，并配合甲方向监管部门和幼儿监护人告知。因乙方原因导致安全事件的，乙方承担全部责任并赔偿甲方损失。

7.4 甲方同意，乙方可将甲方数据经去标识化处理后，用于平台功能改进、托育行业研究报告以及向乙方其他客户提供的运营对标分析，该等使用在本合同终止后仍可继续。

7.5 合同终止后30日内，乙方应按甲方要求导出并交付全部甲方数据，之后删除其系统中的甲方数据（第7.4条所述去标识化数据除外）。

## 8. 保密

8.1 双方对履约中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。

## 9. 续约

9.1 服务期满前60日内任何一方未书面提出不续约的，本合同自动续期一年，并可依此多次续期。

9.2 每次续期时，乙方有权根据市场情况上调订阅单价，每次上调幅度不超过8%，并应在续期前30日书面通知甲方。

## 10. 分包

10.1 乙方使用的云服务商为附件一所列的境内云服务商。未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方，也不得更换云服务商。

## 11. 违约与责任限制

11.1 任何一方违约的，应赔偿对方因此遭受的损失。

11.2 乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因数据安全事件、侵犯知识产权或故意、重大过失造成的损失不受此限。

## 12. 合同解除

12.1 一方严重违约且在收到对方书面通知后15日内未纠正的，守约方有权书面通知解除合同。

12.2 平台连续两个月月度可用率低于98.0%的，甲方有权解除合同，双方按实际服务期结算订阅费。

12.3 合同终止或解除时，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期内平台保持只读访问不少于30日，乙方不得以费用结算争议为由拒绝交付甲方数据。

## 13. 不可抗力

13.1 因地震、洪水、重大公共卫生事件等不可抗力致使一方不能履行合同的，该方应及时通知对方，并在不可抗力影响范围内免除责任。乙方应在不可抗力消除后尽快恢复服务。

## 14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 15. 其他

15.1 本合同附件包括：附件一 云服务商及数据中心说明；附件二 需求确认书；附件三 服务报告模板。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都禾苗托育服务有限公司　　　　乙方（盖章）：杭州童伴云科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h189z04 — 县气象局 气象灾害预警平台 年度运维 (政府采购 单一来源) — .txt, "N. 标题" + N.M
# ---------------------------------------------------------------------------------------------------------------
H189Z04 = """气象灾害预警平台年度运维服务合同

合同编号：QXQX-YW-2025-01
采购方式：单一来源采购（采购项目编号：QXCG-2025-DY-006）
甲方（采购人）：青溪县气象局
乙方（供应商）：江南华云气象科技有限公司

鉴于乙方为青溪县气象灾害预警平台的原建设单位，经青溪县财政局批准，本项目采用单一来源方式采购。依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，甲乙双方经协商一致，订立本合同。

1. 服务范围

1.1 运维对象：青溪县气象灾害预警平台（含预警制作、审核、多渠道发布、靶向短信、乡村大喇叭和电子显示屏发布模块），平台服务器、存储及网络设备，全县38个区域自动气象站的数据传输链路，以及126套乡村预警信息发布终端（应急广播大喇叭及电子显示屏）。

1.2 服务内容：平台日常监控与巡检；软件缺陷修复和适应性修改；数据库维护和备份；自动站数据链路监控与故障处置；发布终端季度巡检和维修；汛期（5月1日至9月30日）驻场保障；重大天气过程期间的技术值守；运维报告编制。

1.3 服务期：2025年1月1日至2025年12月31日。

2. 服务费用

2.1 本合同服务费总额为人民币伍拾柒万叁仟元整（¥573,000），包含人工、差旅、备品备件、工具及税费。分项如下：
（1）平台软件运维：218,000元；
（2）服务器、存储及自动站数据链路运维：146,000元；
（3）发布终端巡检维护：126套 × 780元 = 98,280元；
（4）汛期驻场保障：72,000元；
（5）备品备件：38,720元。

2.2 服务期内服务费固定不变，甲方不再支付其他费用。

3. 付款

3.1 服务费按季度支付，每季度143,250元。甲方在每季度考核合格并收到乙方发票后15个工作日内支付上一季度服务费。

3.2 季度考核扣款及第5.3条扣款从当季服务费中扣除。

4. 服务要求

4.1 乙方应组建不少于5人的运维团队，其中驻场工程师1名（汛期增至2名）。项目负责人应具有5年以上气象信息系统运维经验，未经甲方同意不得更换。

4.2 日常巡检：每日对平台运行状态、各发布通道和自动站到报情况进行检查并记录；每月5日前提交上月运维月报。

4.3 发布终端巡检：每季度对126套终端逐一巡检，巡检记录应附现场照片和定位信息，发现故障的终端应在10个工作日内修复。

4.4 重大天气过程（暴雨、台风、强对流等橙色及以上预警）期间，乙方应安排技术人员在甲方值守，直至预警解除。

4.5 乙方每年至少组织一次预警发布全流程应急演练，并提交演练报告。

4.6 乙方运维人员进入甲方机房和业务值班区域，应遵守甲方的出入登记、值班和保密管理制度；驻场人员应持证上岗，名单报甲方备案，变更须经甲方同意。

4.7 乙方应建立备品备件台账，常用备件（发布终端功放、显示屏控制卡、自动站通信模块、服务器硬盘等）库存不少于附件二所列数量，使用情况每月报甲方。服务期满时剩余备品备件归甲方所有。

4.8 甲方应为乙方驻场人员提供必要的办公条件和网络接入，及时通报重大天气过程和预警发布计划，并配合乙方完成需要停机的维护工作。

5. 故障响应

5.1 故障分级：
一级故障：预警平台无法制作或发布预警信息，或两个以上发布渠道同时中断；
二级故障：单一发布渠道中断，或10个以上自动站数据中断；
三级故障：其他一般性故障。

5.2 响应时限：一级故障6小时内响应并开始处置，12小时内恢复；二级故障8小时内响应，24小时内恢复；三级故障2个工作日内解决。

5.3 乙方未在规定时限内响应或恢复的，每超时一小时扣除服务费500元；因乙方原因导致预警信息未能按时发布的，每次扣除服务费5,000元。

6. 考核与验收

6.1 甲方按季度对乙方进行考核，考核内容包括：巡检计划完成情况、故障响应和恢复时限达标情况、运维记录完整性、发布终端巡检覆盖情况，考核标准见附件一《运维服务考核细则》。季度考核得分低于80分的，甲方有权扣减当季服务费的5%，并要求乙方限期整改。

6.2 服务期满后15个工作日内，甲方组织年度验收。验收依据为本合同第1条、第4条、第5条约定的服务内容和附件一考核细则，乙方应提交年度运维总结、系统配置清单和备份介质。年度验收合格后，甲方出具书面验收意见。

7. 数据安全

7.1 平台中的气象观测数据、预警产品、发布记录、受众手机号码等信息及系统日志归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。

7.2 乙方应遵守气象部门网络安全管理规定和网络安全等级保护要求。远程运维须经甲方审批并通过堡垒机进行，操作全程记录；乙方不得擅自修改预警发布权限和审核流程。

7.3 发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方，并按甲方应急预案处置。因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方损失。

8. 保密

8.1 乙方及其人员对在服务中知悉的未公开气象信息、预警信息、系统口令和甲方工作秘密负有保密义务，不得对外透露；未经甲方授权不得发布任何预警信息。保密义务不因合同终止而解除。

9. 知识产权

9.1 乙方在运维过程中为甲方编写的脚本、适应性修改程序、运维文档和报告，其知识产权归甲方所有，甲方可自行或委托第三方使用和修改。

9.2 平台原有软件的权属仍按原建设合同的约定执行，甲方依原合同享有的使用和修改权利不受本合同影响。

10. 分包

10.1 乙方可将发布终端的现场巡检和维修工作委托乡镇当地具备相应能力的单位实施，但应在实施前5个工作日书面告知甲方，并对受托单位的工作质量和安全承担责任。除此之外，乙方不得将本合同项下的服务分包或转包。

11. 违约责任

11.1 乙方未能在服务期开始之日起10日内完成运维交接（包括账号、文档、备品备件清点和运维方案确认）的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

11.2 乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。

11.3 甲方逾期支付服务费的，应按逾期金额每日万分之二向乙方支付违约金。

12. 合同解除

12.1 乙方连续两个季度考核不合格，或因乙方原因导致预警信息漏发、错发造成严重后果，或有其他根本违约行为的，甲方有权书面通知解除本合同，并按实际服务期结算费用。

13. 合同期满

13.1 本合同期满自动终止，不自动续签。下一年度运维服务由甲方依法另行采购。

13.2 服务期满前，乙方应向甲方移交运维文档、系统配置清单、账号口令清单和备品备件台账，并配合下一运维单位完成不少于15日的过渡交接。

13.3 因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在影响范围内免除责任；但乙方应尽最大努力保障预警信息发布。

14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

15. 其他

15.1 本合同附件：附件一 运维服务考核细则；附件二 发布终端清单；附件三 网络安全应急预案。

15.2 本合同一式五份，甲方三份，乙方一份，报青溪县财政局备案一份，自双方签字盖章之日起生效。

甲方（盖章）：青溪县气象局　　　　乙方（盖章）：江南华云气象科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h189z05 — 牛肉酱生产企业 WMS 许可 + 定制开发, 乙方标准文本 (many problems) — .md, "## 第X条" + X.1
# ---------------------------------------------------------------------------------------------------------------
H189Z05 = """# 仓易通WMS软件许可及实施合同

> 本合同为深圳仓易通软件有限公司标准合同文本（版本号：CYT-HT-V5.0）。

**合同编号**：CYT-2025-0873

**甲方（用户）**：贵州黔牛坊食品有限公司

**乙方（软件方）**：深圳仓易通软件有限公司

甲方主要生产牛肉酱、香辣牛肉丁等调味品，拟上线仓储管理系统，对原料库、成品库和电商发货仓实施统一管理。甲乙双方本着平等自愿的原则，就乙方向甲方许可使用仓易通WMS软件并提供定制开发和实施服务的事宜，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方许可使用"仓易通WMS V5"仓储管理软件（标准版）。许可范围：3个仓库（原料库、成品库、电商发货仓），60个并发用户，40个PDA移动端点位。

1.2 乙方根据甲方需求提供以下定制开发：（1）原料及成品批次与保质期管理，按生产批次先进先出并提供临期预警；（2）冷库温湿度记录仪数据对接；（3）与甲方用友U8 ERP的物料、采购入库、销售出库单据对接；（4）与电商订单管理系统对接及快递电子面单打印。

1.3 乙方负责软件部署、基础数据初始化、上线支持和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS V5标准版许可（3仓/60用户） | 368,000 |
| 2 | PDA移动端许可（40点 × 1,800元） | 72,000 |
| 3 | 定制开发（批次保质期、温湿度对接、ERP对接、电商对接） | 286,000 |
| 4 | 部署实施 | 94,000 |
| 5 | 培训 | 14,000 |
| | **合计** | **834,000** |

2.1 合同总价为人民币捌拾叁万肆仟元整（¥834,000），含增值税。

2.2 乙方人员驻场期间的差旅费用由甲方按实报销。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥417,000。

3.2 系统上线后5个工作日内，甲方支付剩余50%，即¥417,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停实施和服务。

3.4 乙方在收到每期款项前向甲方开具等额增值税专用发票。甲方以银行转账方式付款至乙方指定账户。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划实施周期为90日。因甲方需求变更、基础数据准备或配合不及时导致延期的，实施周期相应顺延。

4.2 定制开发的需求以双方签字的《需求说明书》为准。需求说明书签署后的需求变更，按乙方人天单价2,200元另行收费。

4.3 甲方应提供服务器、网络环境及PDA、扫码枪、标签打印机等硬件，并指定专人配合实施。服务器配置应满足乙方提供的《系统部署环境要求》。

4.4 甲方应在实施开始后15日内按乙方模板提供物料、库位、供应商、客户等基础数据，并对数据的准确性负责。因基础数据错误导致的库存差异，乙方不承担责任。

4.5 乙方为甲方提供两次集中培训，分别面向系统管理员和仓库操作人员，培训地点在甲方工厂。超出两次的培训按乙方人天单价收费。

## 第五条 上线与验收

5.1 乙方完成部署和定制开发后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在系统上线后使用系统进行出入库等业务操作的，视为对软件功能及定制开发成果的确认，乙方不再就上线前的功能差异承担修改义务。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月免费维护，包括软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或无法进行出入库作业）乙方在12小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 乙方将尽力在上述时限内响应，但响应或修复超时不构成违约，乙方不因此承担任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改配置或硬件故障引起的问题，不属于免费维护范围。

6.5 免费维护期内乙方提供远程支持，确需现场服务的，差旅费用由甲方承担。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护服务合同，维护服务费按乙方当年公布的服务价格标准执行。

7.2 未签订年度维护合同的，乙方对系统故障不承担处理义务，软件升级须另行购买。

## 第八条 知识产权

8.1 仓易通WMS软件及其所有版本的知识产权归乙方所有。甲方仅可在第1.1条约定的仓库、用户数和点位范围内使用软件，超出范围使用的，应按乙方价格补交许可费。

8.2 乙方为甲方完成的定制开发成果（包括程序、接口、报表及相关文档）的知识产权均归乙方所有，乙方有权将其用于其他客户。甲方在许可范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，乙方不提供定制开发部分的源代码。

## 第九条 数据

9.1 甲方业务数据归甲方所有。乙方对系统采取访问控制、数据备份和传输加密等安全措施，乙方人员远程维护须使用甲方分配的账号并经甲方同意。发生数据泄露等安全事件时，乙方应在24小时内通知甲方并协助处理；因乙方过错导致安全事件的，乙方依第十一条承担责任。

9.2 甲方同意，乙方可对甲方的库存、出入库和物流数据进行脱敏处理后，将其用于产品优化、行业分析报告及乙方的其他商业用途。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期为合同终止后两年。

10.2 甲方不得向第三方披露乙方的软件价格、技术文档和实施方法。乙方有权在其官网及宣传材料中将甲方列为客户案例。

## 第十一条 违约责任

11.1 因乙方原因导致系统上线延期的，每延期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部责任（含违约金和赔偿）累计不超过合同总价的20%，且乙方不承担任何间接损失或可得利益损失。

## 第十二条 合同解除

12.1 任何一方严重违约，且在对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的款项不予退还，但因乙方根本违约导致解除的除外。

## 第十三条 不可抗力

13.1 因不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障、电力中断及第三方云服务中断。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，由双方另行协商。

15.2 双方的通知以书面形式或电子邮件发送至本合同首页所列地址，发出后第三日视为送达。

15.3 本合同附件包括：附件一 需求说明书；附件二 系统部署环境要求；附件三 实施计划。附件与本合同具有同等效力。

15.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：贵州黔牛坊食品有限公司　　　　乙方（盖章）：深圳仓易通软件有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h189e01 — Longquan celadon workshop: kiln-monitoring software perpetual licence + configuration + support;
#           vendor on the Île des Morts, French house style — .docx, "Article N – Title" + N.M, Word price table
# ---------------------------------------------------------------------------------------------------------------
H189E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. FFL-CN-2025-014
P:BETWEEN THE UNDERSIGNED:
P:Four & Flamme Logiciels SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 120,000, whose registered office is at 3 chemin du Passeur, Île des Morts, France, registered with the Trade and Companies Register under number 842 117 390, represented by Ms Hélène Marchetti in her capacity as Président, hereinafter the "Licensor",
P:AND:
P:Longquan Qingyao Celadon Workshop Co., Ltd., a limited liability company incorporated under the laws of the People's Republic of China, whose registered office is at 18 Baoxi Road, Longquan, Zhejiang Province, represented by Mr Ye Chengzhi in his capacity as General Manager, hereinafter the "Client",
P:hereinafter referred to individually as a "Party" and together as the "Parties".
H:PREAMBLE
P:The Client produces celadon ware in two gas-fired shuttle kilns and one restored wood-fired dragon kiln and wishes to record the firing curves and the reduction atmosphere, which determine the colour of its glazes.
P:The Licensor publishes the KilnSight software for the monitoring of ceramic kilns and submitted an offer dated 12 May 2025 (the "Offer"), which the Client has accepted. At the Client's request, all prices are expressed and paid in Chinese yuan (CNY).
P:CONSEQUENTLY, IT HAS BEEN AGREED AS FOLLOWS:
H:Article 1 – Definitions
P:1.1 "Software" means the KilnSight software, version 7, in object code, including the kiln connector modules and any corrections and new versions supplied under this Agreement.
P:1.2 "Interface Units" means the three kiln interface units supplied by the Licensor, which connect the Client's thermocouples and oxygen probes to the Software.
P:1.3 "Configuration Deliverables" means the firing-curve library, reduction-atmosphere profiles, alarm rules, dashboards and report templates prepared by the Licensor specifically for the Client, together with the related documentation.
P:1.4 "Firing Data" means all data recorded by the Software and all data entered by the Client's staff.
H:Article 2 – Purpose and Contractual Documents
P:2.1 This Agreement defines the conditions under which the Licensor grants a perpetual licence of the Software, supplies the Interface Units, performs configuration, commissioning and training, and provides warranty and support.
P:2.2 The contractual documents are, in decreasing order of precedence: this Agreement; Annex 1 (Technical Specification); Annex 2 (Acceptance Test Plan); the Offer.
H:Article 3 – Licence
P:3.1 The Licensor grants the Client a non-exclusive, perpetual and irrevocable licence to install and use the Software on the Client's servers in Longquan for the monitoring of up to five kilns, by an unlimited number of the Client's users.
P:3.2 The Client may copy the Software for backup and testing. It may not resell or sublicense the Software.
H:Article 4 – Price
P:4.1 The total price of this Agreement is CNY 541,500 (five hundred and forty-one thousand five hundred yuan), all taxes included (the "Contract Price"), broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|KilnSight v7 perpetual licence, site edition|1|268,000|268,000
TB:2|Kiln connector modules (two shuttle kilns, one dragon kiln)|3|24,500|73,500
TB:3|Kiln Interface Units (thermocouple and oxygen-probe inputs)|3|16,800|50,400
TB:|Licence and Hardware Subtotal|||391,900
TB:4|Configuration of firing curves, atmosphere profiles, alarms and reports|1|86,000|86,000
TB:5|On-site installation and commissioning (two engineers)|1|54,000|54,000
TB:6|Training of kiln masters and IT staff|1|9,600|9,600
TB:|Contract Price|||541,500
P:4.2 The Contract Price is fixed and firm and includes travel costs and the warranty services of Article 7.
H:Article 5 – Terms of Payment
P:5.1 The Contract Price shall be paid as follows: (a) 20 % (CNY 108,300) within twenty days after signature of this Agreement, against an invoice; (b) 45 % (CNY 243,675) after the Software and the Interface Units have been installed and the installation report has been signed by both Parties; (c) 35 % (CNY 189,525) after Final Acceptance.
P:5.2 The signature of the installation report records the installation only. It does not constitute acceptance of the Software or of the services.
P:5.3 Invoices are payable by bank transfer within thirty days of receipt.
H:Article 6 – Delivery, Configuration and Acceptance
P:6.1 The Licensor shall deliver and install the Software and the Interface Units within forty-five days after signature and complete the configuration within ninety days after signature.
P:6.2 The acceptance tests described in Annex 2 shall be carried out during three consecutive production firings, including at least one firing of the dragon kiln. The tests are passed if: (a) each measuring point is recorded at least every ten seconds, without gaps exceeding one minute; (b) the temperatures displayed deviate by no more than ±3 °C from the Client's calibrated reference thermocouple; (c) every alarm rule is triggered and acknowledged in test; (d) the firing reports are generated in the agreed format; and (e) the documentation and the Configuration Deliverables have been handed over.
P:6.3 Where the tests are passed, the Client shall pronounce Final Acceptance in writing within ten working days. Where they are not passed, the Licensor shall correct the defects at its own cost and the tests shall be repeated. Neither installation, nor use of the Software in production, nor any payment shall amount to acceptance.
P:6.4 In the event of delay in Final Acceptance attributable to the Licensor, the Licensor shall pay delay penalties equal to 0.08 % of the Contract Price per calendar day of delay, capped at 8 % of the Contract Price.
H:Article 7 – Warranty and Service Levels
P:7.1 The Licensor warrants that the Software and the Interface Units conform to Annex 1 for a period of eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Licensor shall correct any non-conformity, replace any defective Interface Unit and supply new versions free of charge.
P:7.2 Faults are classified as follows: Severity 1 – loss of recording or of alarms on a kiln during a firing; Severity 2 – loss of a non-critical function; Severity 3 – any other fault. The Licensor shall respond to a Severity 1 fault within one hour, by telephone or remote session, and restore recording within six hours; Severity 2 faults shall be answered within eight working hours and corrected within five working days; Severity 3 faults within two working days.
P:7.3 For each full hour by which the Licensor exceeds the Severity 1 response time or restoration time, a penalty of CNY 800 shall be due to the Client, which may deduct it from any amount payable to the Licensor.
H:Article 8 – Support after the Warranty Period
P:8.1 After the Warranty Period, the Licensor shall offer annual support covering corrections, new versions, remote assistance and the service levels of Articles 7.2 and 7.3.
P:8.2 The annual support fee is 11 % of the Licence and Hardware Subtotal, that is CNY 43,109 per year. This fee is fixed for the first three support years. Any later revision shall be agreed in writing and may not exceed 3 % per year.
P:8.3 Support is ordered year by year by the Client's purchase order. It is not renewed automatically.
H:Article 9 – Intellectual Property
P:9.1 The Licensor remains the owner of the Software and of its pre-existing know-how.
P:9.2 The Configuration Deliverables become the property of the Client upon delivery. The Client may use, modify, reproduce and license them freely, including through third parties.
H:Article 10 – Firing Data and Security
P:10.1 The Firing Data belong to the Client. The Licensor may process them only to perform this Agreement and may not use them for any other purpose, including product development, benchmarking or statistics, even in anonymised form.
P:10.2 The Software is installed on the Client's premises. Remote access by the Licensor is allowed only for a specific intervention approved by the Client, through the Client's VPN with individual accounts and two-factor authentication, and each session is logged. The Licensor shall not copy Firing Data outside the Client's systems.
P:10.3 The Licensor shall comply with the Data Security Law of the People's Republic of China, notify the Client within twenty-four hours of any security incident affecting the Firing Data, and bear the consequences of any incident caused by it, including restoration costs and the Client's losses.
H:Article 11 – Confidentiality
P:11.1 Each Party shall keep confidential all information of the other Party obtained under this Agreement, in particular the Client's glaze recipes and firing schedules, and shall not disclose it without prior written consent, for five years after the end of this Agreement.
H:Article 12 – Liability
P:12.1 Each Party is liable for the direct damage it causes to the other Party. The Licensor's total liability under this Agreement is limited to 150 % of the Contract Price. This limit does not apply to bodily injury, wilful misconduct, gross negligence, infringement of intellectual property rights, or breach of Articles 10 and 11.
H:Article 13 – Subcontracting
P:13.1 The Licensor shall not subcontract all or part of the services without the Client's prior written consent.
H:Article 14 – Termination
P:14.1 In the event of a material breach by either Party not remedied within thirty days after a registered letter giving notice of it, the other Party may terminate this Agreement by right.
P:14.2 The Client may also terminate this Agreement by registered letter when the delay penalties of Article 6.4 reach their cap.
H:Article 15 – Force Majeure
P:15.1 Neither Party is liable for a failure caused by force majeure, provided it notifies the other Party without delay.
H:Article 16 – Applicable Law and Disputes
P:16.1 This Agreement is governed by French law.
P:16.2 Any dispute arising out of or in connection with this Agreement which cannot be settled amicably within thirty days shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by a sole arbitrator. The seat of arbitration is Paris and the language of the arbitration is English.
H:Article 17 – Miscellaneous
P:17.1 This Agreement may be amended only in writing signed by both Parties. It is drawn up in English, in two originals, and enters into force on the date of the last signature.
P:For the Licensor: Hélène Marchetti, Président    For the Client: Ye Chengzhi, General Manager
P:Annex 1 – Technical Specification. Annex 2 – Acceptance Test Plan.
"""

# ---------------------------------------------------------------------------------------------------------------
# h189e02 — Xingping river-cruise company: ticketing SaaS, Order Form + General Terms; vendor on Inchmickery,
#           Scottish house style — .txt, Order Form sections + "Clause N" general terms
# ---------------------------------------------------------------------------------------------------------------
H189E02 = """TIDEGATE TICKETING SERVICES
ORDER FORM No. TG-ORD-2025-0417

This Order Form is entered into between the Supplier and the Customer named below. It incorporates the TideGate General Terms set out after it (the "General Terms"), which form part of one agreement with this Order Form (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

SUPPLIER: Forth TideGate Limited, a company incorporated in Scotland (company number SC612408), having its registered office at The Light Keeper's Store, Inchmickery, Firth of Forth, Scotland.

CUSTOMER: Guilin Xingping Li River Cruise Co., Ltd., a company incorporated in the People's Republic of China, having its registered office at 6 Rongtan Road, Xingping Town, Yangshuo County, Guangxi.

1. SERVICES
The TideGate cloud ticketing service for river cruises: online booking through the Customer's WeChat mini-program and the OTA channel connectors listed in Schedule 1; real-name passenger registration and identity verification; seat and capacity control per sailing; pier gate validation by QR code; vessel passenger manifests for the maritime authority; weather and water-level cancellation with automatic refunds; sales, settlement and channel reports.

2. SCOPE
Up to 14 vessels, 3 piers (Xingping, Yangdi and Jiuma Hua Shan), 22 gate lanes and 1.5 million tickets per contract year. Additional vessels or piers may be added by a further Order Form.

3. SUBSCRIPTION TERM
Thirty-six (36) months from the Go-Live Date (the "Initial Term"), renewing as provided in Clause 11.

4. FEES (CNY, including VAT)
Subscription Fee: CNY 18,600 per month x 36 months = CNY 669,600.
Implementation Fee (one-time): CNY 74,000 (configuration, gate integration, OTA connectors, data import, training).
Total Contract Value: CNY 743,600.
No fees are payable in advance. The Subscription Fee is invoiced monthly in arrears from the Go-Live Date. The Implementation Fee is invoiced on Go-Live Acceptance.

5. TARGET GO-LIVE DATE
1 March 2026, before the spring sailing season.

6. HOSTING
The Service is hosted in a mainland China region of the cloud provider named in Schedule 2.

Signed for and on behalf of Forth TideGate Limited by Alasdair Rennie, Director.
Signed for and on behalf of Guilin Xingping Li River Cruise Co., Ltd. by Liao Jiawen, General Manager.

----------------------------------------------------------------

TIDEGATE GENERAL TERMS (Version 4.2)

Clause 1 Definitions and Interpretation
1.1 In this Agreement: "Customer Data" means all data, including passenger personal information, bookings, payments and manifests, that the Customer or its passengers submit to the Service or that the Service generates for the Customer; "Go-Live Date" means the date on which the Customer confirms Go-Live Acceptance under Clause 3.3; "Service" means the TideGate service described in the Order Form; "Customer Deliverables" means the gate integration adaptors, OTA mappings, report layouts and configuration prepared specifically for the Customer.
1.2 Headings are for convenience only. References to a Clause are to a Clause of these General Terms. Words in the singular include the plural.

Clause 2 The Service
2.1 The Supplier shall provide the Service to the Customer during the Subscription Term in accordance with the Order Form, these General Terms and the Service Level Schedule in Clause 4.
2.2 The Customer may permit its employees, pier staff and authorised agents to use the Service. The Customer is responsible for the acts of its users.
2.3 The Supplier may improve the Service from time to time, provided that no change materially reduces the functions described in the Order Form.

Clause 3 Implementation and Go-Live Acceptance
3.1 The Supplier shall carry out the implementation described in Schedule 1 and shall use suitably qualified staff, including a named project manager based in Guilin during the cut-over.
3.2 Go-Live Acceptance tests shall show that: (a) bookings can be made through the mini-program and each OTA channel and are reconciled with the Customer's payment records for three consecutive days; (b) every gate lane validates tickets within one second; (c) the passenger manifest for each sailing is produced in the format required by the maritime authority; (d) a test cancellation triggers the correct refunds; and (e) the Customer's historical bookings for the current season have been imported and checked.
3.3 When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate within five working days. Sale of tickets to the public before that certificate does not by itself constitute acceptance.
3.4 If Go-Live Acceptance has not occurred by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of CNY 500 for each day of delay, up to a maximum of CNY 37,000.

Clause 4 Service Levels
4.1 The Service shall be available 99.95% of the time in each calendar month, excluding planned maintenance notified five days in advance and carried out between 23:00 and 05:00 Beijing time.
4.2 Priority 1 incidents (tickets cannot be sold or validated at any pier) shall be responded to within 30 minutes and resolved or worked around within 3 hours, at any time of day. Priority 2 incidents (a single channel or gate lane unavailable) shall be responded to within 2 hours. Priority 3 incidents shall be responded to within one working day.
4.3 If availability in a month falls below the commitment in Clause 4.1, the Customer shall receive a service credit against the next invoice: 5% of the monthly Subscription Fee below 99.95%, 10% below 99.5% and 25% below 99.0%. Each Priority 1 incident not responded to within the agreed time gives a further credit of 2% of the monthly Subscription Fee.

Clause 5 Fees and Payment
5.1 The Customer shall pay the fees set out in the Order Form within thirty days of receipt of a valid VAT invoice.
5.2 The fees are fixed for the Initial Term.

Clause 6 Customer Data and Security
6.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only on the Customer's documented instructions and only to provide the Service, and shall not use it for any other purpose, in identifiable, aggregated or anonymised form.
6.2 The Supplier shall store Customer Data only in mainland China, shall encrypt it in transit and at rest, shall restrict access to named staff with multi-factor authentication, shall keep access logs for at least six months, and shall maintain a valid MLPS level-3 filing for the Service.
6.3 The Supplier shall notify the Customer of any personal information breach or other security incident affecting Customer Data within 24 hours of becoming aware of it, shall co-operate with the Customer and the authorities, and shall be responsible for the losses and costs the incident causes, unless it was caused by the Customer.
6.4 On expiry or termination, the Supplier shall return all Customer Data in a standard format within thirty days and then delete it.

Clause 7 Sub-processors and Subcontractors
7.1 The Supplier may engage sub-processors and subcontractors to perform any part of the Service, including hosting, SMS delivery and support. The Supplier shall give the Customer at least thirty days' notice by e-mail of any new sub-processor or subcontractor. The Supplier remains responsible for the acts and omissions of its sub-processors and subcontractors.

Clause 8 Intellectual Property
8.1 The Supplier and its licensors retain all intellectual property rights in the Service and the underlying software.
8.2 The Customer Deliverables belong to the Customer on creation. The Supplier shall hand them over in editable form at Go-Live Acceptance and on termination, and the Customer may use, modify and license them to any successor supplier without restriction.

Clause 9 Confidentiality
9.1 Each party shall keep confidential the other party's confidential information, including prices, passenger volumes and technical information, and shall use it only for the purposes of this Agreement. This Clause survives termination for five years.

Clause 10 Limitation of Liability
10.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.
10.2 Subject to Clause 10.1, the Supplier's total aggregate liability arising out of or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed the Subscription Fees paid or payable in the twelve months preceding the event giving rise to the claim.
10.3 Neither party is liable for indirect or consequential loss, or for loss of profit.

Clause 11 Term, Renewal and Termination
11.1 At the end of the Initial Term this Agreement renews automatically for successive periods of twelve months, at the same Subscription Fee and on the same terms, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.
11.2 Either party may terminate this Agreement by written notice if the other commits a material breach which is not remedied within thirty days of written notice requiring it to be remedied, or if the other becomes insolvent.
11.3 The Customer may also terminate by written notice if availability falls below 99.0% in two consecutive months.

Clause 12 General
12.1 Neither party may assign this Agreement without the other's prior written consent, which shall not be unreasonably withheld.
12.2 This Agreement is the entire agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties.
12.3 Notices shall be in writing and sent to the addresses in the Order Form, with a copy by e-mail.

Clause 13 Governing Law and Jurisdiction
13.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of Scotland.
13.2 The courts of Scotland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

IN WITNESS WHEREOF these presents, consisting of this Order Form and the General Terms, are executed as follows: signed for the Supplier at Edinburgh and for the Customer at Yangshuo on the dates stated below.
"""

# ---------------------------------------------------------------------------------------------------------------
# h189e03 — Weihai scallop farm: seabed sensors + maintenance; integrator on the Île Ségal (French); buyer's paper
#           — .pdf (wrap_words), "Article N Title" + N.M
# ---------------------------------------------------------------------------------------------------------------
H189E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR A SEABED MONITORING SYSTEM
P:Contract No. WBS-EQ-2025-031
P:Buyer: Weihai Bluebay Scallop Farming Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Haiyang Road, Rongcheng, Weihai, Shandong Province (the "Buyer").
P:Supplier: Ségal Océan Systèmes SARL, a limited liability company incorporated in France, with its registered office at 1 quai des Balises, Île Ségal, France, acting through its project office in Qingdao (the "Supplier").
P:This contract is made on the Buyer's standard terms for equipment purchases. The Supplier has reviewed the Buyer's tender documents of April 2025 and its bid of 20 May 2025 has been accepted. The Buyer farms scallops on suspended long-lines and on the seabed of Sanggou Bay over about 1,900 hectares and needs continuous information on bottom-water temperature, dissolved oxygen, salinity, chlorophyll, turbidity and currents to plan seeding, thinning and harvest and to receive early warning of low-oxygen and heat events. At the Buyer's request all prices are in CNY.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, deploy, commission and maintain a seabed monitoring system consisting of 36 multi-parameter seabed sensor nodes, 4 seabed current profilers, 6 solar-powered surface buoy gateways with 4G and BeiDou links, a shore data station and the monitoring software, as specified in Annex 1.
P:1.2 The Supplier shall integrate the system with the Buyer's farm management system, so that alarms and daily summaries appear in the Buyer's feeding, seeding and harvest planning screens, and shall train the Buyer's staff.
P:1.3 The Supplier shall deploy the equipment at the positions in Annex 2, using a vessel and divers approved under Article 12.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,840,000, including VAT, packing, transport, customs clearance, insurance until acceptance, deployment, integration, training and all warranty services. It is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Seabed multi-parameter sensor node (temperature, DO, salinity, chlorophyll, turbidity)|36|21,400|770,400
TB:2|Seabed current profiler (ADCP) with trawl-resistant frame|4|86,500|346,000
TB:3|Surface buoy gateway, solar, 4G and BeiDou|6|38,200|229,200
TB:4|Shore data station and monitoring software, perpetual licence|1|164,000|164,000
TB:|Equipment and Licence Subtotal|||1,509,600
TB:5|Deployment by vessel and divers, mooring and commissioning|1|218,000|218,000
TB:6|Integration with the Buyer's farm management system|1|96,000|96,000
TB:7|Training|1|16,400|16,400
TB:|Contract Price|||1,840,000
P:2.2 The Contract Price is fixed. No price adjustment shall apply for exchange-rate changes.
H:Article 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 184,000) within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 1,012,000) after all equipment has been delivered and deployed and the deployment record has been signed. The deployment record confirms the positions and quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 644,000) within 15 working days after Final Acceptance.
P:3.4 Each payment is made by bank transfer against a valid VAT invoice.
H:Article 4 Delivery and Deployment
P:4.1 The Supplier shall deliver the equipment to the Buyer's base at Rongcheng within 75 days after signature and complete deployment within 30 days after delivery, subject to sea conditions. Days on which the Rongcheng maritime authority prohibits small-vessel operations are excluded from the deployment period.
P:4.2 If the Supplier fails to complete delivery or deployment on time for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate this contract under Article 13.
H:Article 5 Acceptance
P:5.1 After deployment, the system shall run for a trial period of 30 consecutive days. Final Acceptance requires that: (a) every node, profiler and gateway is delivering data to the shore station; (b) no node has a gap in its records longer than six hours during the trial period; (c) spot checks by the Buyer's calibrated hand-held probe at 12 nodes show deviations within the limits of Annex 1; (d) low-oxygen and temperature alarms have been tested end to end and appear in the farm management system; and (e) the as-built drawings, mooring records and manuals have been handed over.
P:5.2 When the criteria are met, the Buyer shall issue a Final Acceptance Certificate within 10 working days. If they are not met, the Supplier shall remedy the defects and the trial period shall be repeated for the affected equipment. Delivery, deployment, use of the data by the Buyer or any payment do not constitute acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace any defective equipment, including recovery and redeployment by vessel and divers, supply software corrections and new versions, and carry out quarterly cleaning of sensors against biofouling, all free of charge.
P:6.2 Equipment lost or damaged by trawling, anchoring or storms beyond the design conditions of Annex 1 is not covered by the warranty and shall be replaced at the unit prices of Article 2.
H:Article 7 Service Levels
P:7.1 Severity 1: loss of data from more than one third of the nodes, or loss of a gateway, or failure of the alarm function. The Supplier shall respond within 2 hours and restore service within 24 hours, or within 24 hours after the first day on which sea conditions allow work at sea.
P:7.2 Severity 2: loss of data from a single node or profiler. Response within 8 hours; restoration at the next quarterly cleaning visit or within 10 days, whichever is earlier.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response time, and for each day by which it exceeds a restoration time, the Buyer may deduct CNY 1,000 from any amount due or claim it from the Supplier.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Supplier shall provide maintenance for three further years on the same scope and service levels as Articles 6.1 and 7, including quarterly cleaning and annual recalibration.
P:8.2 The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, that is CNY 143,412 per year, fixed for the three years. It is paid yearly in arrears after the Buyer has confirmed the annual maintenance report.
H:Article 9 Data and Security
P:9.1 All data collected by the system and all data derived from it belong to the Buyer. The Supplier may use the data only to perform this contract and shall not disclose it or use it for research, publication or other customers, even in aggregated or anonymised form.
P:9.2 The shore data station is installed at the Buyer's premises and the data are stored in mainland China. The Supplier's remote access is limited to named accounts with two-factor authentication, approved by the Buyer for each maintenance session, and logged.
P:9.3 The Supplier shall protect the system against unauthorised access and shall notify the Buyer within 12 hours of any security incident affecting the system or the data. The Supplier is liable for the losses caused to the Buyer by an incident attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this contract, including farm positions, production figures and prices, and shall not disclose it to third parties without prior written consent, during the contract and for five years after its end.
H:Article 11 Intellectual Property
P:11.1 The integration interfaces, configuration, alarm rules and reports developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code and documentation at Final Acceptance.
P:11.2 The monitoring software and the equipment firmware remain the property of their owners and are licensed to the Buyer perpetually for use with the system.
H:Article 12 Subcontracting
P:12.1 The vessel and diving contractor named in Annex 3 is approved by the Buyer on signature of this contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors, including their safety at sea.
H:Article 13 Liability and Termination
P:13.1 The Supplier's total liability under this contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct and breach of Articles 9 and 10, which are not limited.
P:13.2 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under Article 4.2 exceeds 45 days. The Supplier shall then refund the amounts received for undelivered or unaccepted work.
H:Article 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Article 15 Miscellaneous
P:15.1 This contract is made in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:Annex 1: Technical specification. Annex 2: Deployment positions. Annex 3: Approved vessel and diving contractor.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h189e04 — Hefei AI start-up: managed IT + desktop support; provider on Eilean Mòr, Scottish house style
#           — .md, "N. HEADING" + N.M, charges and service-level tables
# ---------------------------------------------------------------------------------------------------------------
H189E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**Agreement reference:** MMS-HF-2025-07

**BETWEEN**

(1) **Mòr Managed Services Limited**, a company incorporated in Scotland (company number SC701233), whose registered office is at The Old Bothy, Eilean Mòr, Argyll, Scotland, acting through its Hefei branch office (the "Provider"); and

(2) **Hefei Lingxi Intelligence Technology Co., Ltd.**, a company incorporated in the People's Republic of China, whose registered office is at Building B3, 800 Wangjiang West Road, High-tech Zone, Hefei, Anhui Province (the "Customer").

**BACKGROUND**

(A) The Customer develops computer-vision models for industrial inspection. It has around 140 staff in one office in Hefei, a small server room with GPU training servers, and uses a mix of laptops, engineering workstations and cloud services.

(B) The Provider supplies managed IT services. Following a proposal dated 3 June 2025, the Customer wishes to outsource its IT service desk, desktop support and infrastructure management to the Provider on the terms of this Agreement. At the Customer's request the Charges are stated in CNY.

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges in Clause 4; "Customer Data" means all data of the Customer or its staff, including source code, training data sets, model weights, personal information and e-mail, that the Provider accesses or handles in providing the Services; "Deliverables" means the runbooks, scripts, configuration baselines, asset register and documentation prepared by the Provider for the Customer; "Service Commencement Date" means the date stated in the Service Commencement Certificate under Clause 3.3; "Services" means the services in Clause 2.

1.2 Clause headings do not affect interpretation. "Including" means including without limitation.

## 2. THE SERVICES

2.1 The Provider shall provide: (a) a service desk in Mandarin and English by telephone, chat and portal, from 08:00 to 22:00 on every day, with on-call cover at other times for Priority 1 incidents; (b) one resident desktop engineer at the Customer's office on working days; (c) management of laptops and workstations, including imaging, patching, endpoint protection and encryption; (d) management of the office network, Wi-Fi, firewall and VPN; (e) hardware support and monitoring of the server room, including the GPU training servers and storage, but not the Customer's machine-learning software; (f) daily backup of file servers and the code repository, with a restore test each month; (g) joiners, movers and leavers; and (h) a monthly service report.

2.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.

2.3 The Customer shall: (a) give the Provider's engineers reasonable access to its office, server room and systems; (b) name an IT coordinator who approves changes and priorities; (c) keep its software licences and cloud subscriptions valid; and (d) tell the Provider in advance about office moves, new starters in groups of more than five and new GPU servers.

2.4 Purchase of hardware and software is not part of the Services. On request the Provider shall give written advice on specifications and quotations, which the Customer is free to follow or not.

## 3. ONBOARDING

3.1 The Provider shall complete onboarding by 1 September 2025. Onboarding includes a full asset inventory, documentation of the network and server room, creation of runbooks, installation of monitoring and of the endpoint-management agent on all devices, and a successful test restore of the code repository.

3.2 If onboarding is not completed by that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay, up to a maximum of CNY 24,000.

3.3 The Customer shall sign a Service Commencement Certificate within five working days after the Provider demonstrates that the onboarding items in Clause 3.1 are complete and the monitoring dashboard shows all devices. Use of the service desk during onboarding is not acceptance.

## 4. CHARGES AND PAYMENT

4.1 The Charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time, on signature of the Service Commencement Certificate | 38,000 |
| Monthly Service Charge | up to 150 users, 24 months x CNY 46,500 | 1,116,000 |
| **Total Charges for the Initial Term** | | **1,154,000** |

4.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. Users above 150 are charged at CNY 290 per user per month. Nothing is payable in advance.

4.3 The Customer shall pay each undisputed invoice within thirty days of receipt.

## 5. SERVICE LEVELS

5.1 The Provider shall aim to meet the following Service Levels, measured monthly:

| Priority | Description | Response | Resolution target |
|---|---|---|---|
| P1 | Office network, VPN or server room down; security incident | 1 hour, at any time | 8 hours |
| P2 | A team or a GPU server unable to work | 2 hours | 1 working day |
| P3 | A single user affected | 8 working hours | 3 working days |
| P4 | Requests and questions | 1 working day | 5 working days |

5.2 The monthly service report shall show, for each priority, the number of incidents, the response and resolution times achieved, the open problems, patch compliance, backup results and the restore test. The parties shall hold a service review each month, and a quarterly review with the Customer's Chief Executive Officer or Chief Technology Officer.

5.3 The Service Levels are targets. A failure to meet a Service Level shall not of itself be a breach of this Agreement, and no service credits, deductions or damages shall be payable in respect of it. Where a Service Level is missed in two consecutive months, the Provider shall prepare a remediation plan and discuss it with the Customer at the next service review.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall access and handle Customer Data only to provide the Services and on the Customer's instructions, and shall not copy, analyse or use it for any other purpose.

6.2 The Provider shall: (a) use named engineers who have signed confidentiality undertakings; (b) use privileged accounts only through the Customer's privileged-access gateway with multi-factor authentication and session logging; (c) never move training data sets, model weights or source code outside the Customer's systems; (d) comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China; and (e) hold a valid ISO/IEC 27001 certificate throughout the Term.

6.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data or the Customer's systems within 2 hours of becoming aware of it, take immediate containment measures, and be liable for the losses and costs caused by any incident attributable to the Provider or its staff.

## 7. INTELLECTUAL PROPERTY

7.1 The Deliverables belong to the Customer on creation. The Provider shall keep them up to date and hand them over on request and on termination, and the Customer may use, modify and share them with any successor provider.

7.2 The Provider retains its own tools and know-how and grants the Customer a free licence to use any of them embedded in the Deliverables.

## 8. CONFIDENTIALITY

8.1 Each party shall keep the other's confidential information secret and use it only for this Agreement. The Customer's confidential information includes its source code, models, data sets, product plans and customer names. This obligation continues for five years after termination.

## 9. SUBCONTRACTING

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. LIMITATION OF LIABILITY

10.1 Neither party limits its liability for death or personal injury, fraud, or breach of Clause 6 or Clause 8.

10.2 Subject to Clause 10.1, the Provider's total liability under this Agreement shall not exceed one and a half times the Total Charges for the Initial Term.

## 11. TERM AND RENEWAL

11.1 This Agreement starts on signature and continues for an Initial Term of 24 months from the Service Commencement Date.

11.2 This Agreement shall renew automatically for successive periods of twelve months unless either party gives at least ninety days' written notice before the end of the then-current term.

11.3 With effect from each renewal, the Provider may increase the Monthly Service Charge by up to 6% by giving written notice at least sixty days before the renewal date.

## 12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty days after written notice requiring it to be remedied.

12.2 On termination the Provider shall provide exit assistance for up to sixty days, including hand-over of the Deliverables, credentials and documentation to the Customer or its new provider.

12.3 On expiry or termination the Provider shall return all Customer Data in its possession, delete any remaining copies and confirm the deletion in writing within fifteen working days.

## 13. GENERAL

13.1 No variation of this Agreement is effective unless in writing and signed by both parties.

13.2 This Agreement constitutes the entire agreement between the parties in relation to its subject matter.

13.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable endeavours to limit the effect.

13.4 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses given by each party.

## 14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Hefei Arbitration Commission for arbitration in Hefei under its rules in force at the time.

**IN WITNESS WHEREOF** this Agreement is executed by the parties' authorised representatives.

For the Provider: Morag MacLeod, Director  
For the Customer: Zhou Yiran, Chief Executive Officer
"""

# ---------------------------------------------------------------------------------------------------------------
# h189e05 — Gannan navel-orange exporter: cold-chain certificate API subscription + integration; vendor on the
#           Isola dell'Ogliastra, Italian house style — .txt, "Art. N (Title)"
# ---------------------------------------------------------------------------------------------------------------
H189E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT
FrigoCert Cold-Chain Certificate API
Ref. OCD/CN/2025/022

BY AND BETWEEN

Ogliastra Cold Data S.r.l., with registered office on the Isola dell'Ogliastra, Lotzorai (NU), Italy, VAT number IT 01583920918, in the person of its legal representative Mr Gavino Porcu (hereinafter the "Provider"),

AND

Ganzhou Gannan Navel Orange Export Co., Ltd., with registered office at 15 Kejiang Avenue, Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China, in the person of its legal representative Ms Zeng Lihua (hereinafter the "Client"),

(each a "Party" and together the "Parties").

WHEREAS

a) the Client exports fresh Gannan navel oranges in refrigerated containers to importers in Europe, the Middle East and South-East Asia, several of which require evidence that the cold chain and, where applicable, the cold-disinfestation treatment were respected from the packing house to the port of discharge;

b) the Provider operates FrigoCert, an online service which receives temperature records from data loggers and reefer containers, checks them against the applicable protocol and issues digitally signed, verifiable cold-chain certificates through an application programming interface (the "API");

c) the Client wishes to subscribe to FrigoCert and to have it integrated with its own systems, and has asked that all amounts be stated and paid in CNY;

the Parties, the above premises forming an integral and substantial part of this Contract, agree as follows.

Art. 1 (Definitions)
1.1 "Service": access to the FrigoCert API and web console, the issue of cold-chain certificates, the public verification page for importers, storage of certificates and related records, and support.
1.2 "Integration Components": the connectors, data mappings, adaptors and scripts developed under Art. 4 to link the Service with the Client's ERP system, its packing-house system, the data-logger platforms of its forwarders and the reefer-monitoring feeds of its shipping lines, including any customisation made for the Client.
1.3 "Client Data": all data provided by or for the Client or generated for it through the Service, including shipment details, consignee names, temperature records and certificates.
1.4 "Season": the export season from 1 November to 30 April.

Art. 2 (Subject matter)
2.1 The Provider grants the Client the right to use the Service for a term of twenty-four months from the Activation Date defined in Art. 5, for up to 60,000 certificates per contract year, and shall carry out the integration described in Art. 4 and train the Client's staff.
2.2 Certificates above 60,000 in a contract year are charged at CNY 3 each, invoiced quarterly in arrears.

Art. 3 (Fees)
3.1 The fees are as follows (CNY, VAT included):
- annual subscription fee: CNY 186,000 per contract year, for two contract years: CNY 372,000;
- integration services (Art. 4): CNY 148,000;
- training of the Client's quality and logistics staff, two sessions in Ganzhou: CNY 8,500.
Total value of the Contract: CNY 528,500.
3.2 The subscription fee is invoiced quarterly in arrears, in four equal instalments of CNY 46,500 per contract year. The integration fee is invoiced after the Integration Acceptance under Art. 5. The training fee is invoiced after the second session. No advance payment is due.
3.3 Invoices are payable within thirty days from the date of receipt by bank transfer to the Provider's account in CNY.
3.4 The fees are fixed for the whole term of the Contract.

Art. 4 (Integration)
4.1 The Provider shall develop and install the Integration Components so that (i) shipment data are sent automatically from the Client's ERP when a container is booked, (ii) temperature records are collected automatically from the forwarders' data loggers and the shipping lines' reefer feeds, and (iii) the certificates and their verification links are returned to the ERP and attached to the export documents.
4.2 The integration shall be completed by 15 October 2025, before the start of the Season.
4.3 In the event of delay in the Integration Acceptance for reasons attributable to the Provider, the Provider shall pay a penalty of 0.02% of the total value of the Contract for each day of delay, up to a maximum of 5% of that value.

Art. 5 (Acceptance and activation)
5.1 The integration is accepted (the "Integration Acceptance") when, in a test of twenty real or simulated shipments agreed with the Client: all shipment data reach the Service without manual entry; all temperature records are collected from at least two forwarders and two shipping lines; every certificate is issued within ten minutes of the arrival of the last record; each certificate can be verified on the public page; and the certificates are attached to the export documents in the ERP.
5.2 The Client shall confirm the Integration Acceptance in writing within five working days after a successful test, or list the defects found. Use of the Service for real shipments does not by itself imply acceptance. The date of the written Integration Acceptance is the "Activation Date".

Art. 6 (Service levels)
6.1 The API shall be available 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out outside the Season's working hours in China.
6.2 Priority 1 incidents (certificates cannot be issued or verified) shall be answered within one hour and solved within six hours, at any time; Priority 2 incidents (a single connector or feed not working) shall be answered within three working hours and solved within the next working day; other requests shall be answered within two working days.
6.3 If the monthly availability falls below the level in Art. 6.1, the Client is entitled to a credit of 5% of the quarterly instalment for each 0.1% of shortfall, up to 50% of the instalment. Each Priority 1 incident not answered in time entitles the Client to a credit of CNY 1,000.

Art. 7 (Intellectual property)
7.1 The Service, the API and all related software, documentation and know-how are and remain the exclusive property of the Provider.
7.2 The Integration Components, including any customisation made for the Client, are and remain the exclusive property of the Provider, which may reuse them for other clients. The Client receives a non-exclusive, non-transferable licence to use them for the term of this Contract and only with the Service; the Client may not modify them or have them modified by third parties, and the source code is not delivered.

Art. 8 (Client Data and security)
8.1 Client Data are the property of the Client. The Provider processes them only to provide the Service and on the Client's instructions, and shall not use them for any other purpose, including statistics, benchmarking or the development of other products, in any form.
8.2 The Service used by the Client is hosted in a data centre in mainland China operated by the hosting provider named in Annex 2. The Provider shall apply encryption in transit and at rest, role-based access with two-factor authentication, logging of all administrative access and daily backups, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
8.3 The Provider shall inform the Client of any security incident affecting Client Data within twenty-four hours of becoming aware of it, and shall be liable for the damage caused to the Client by incidents attributable to it.
8.4 At the end of the Contract the Provider shall return all Client Data and certificates in a standard format and then delete them, save for any legal retention obligation.

Art. 9 (Confidentiality)
9.1 Each Party undertakes to keep strictly confidential the information of the other Party which it receives in connection with this Contract, including prices, volumes, customers and routes, and not to disclose it to third parties without the other Party's written consent, for the term of the Contract and three years thereafter.

Art. 10 (Subcontracting)
10.1 The Provider may not subcontract, in whole or in part, the performance of this Contract without the prior written consent of the Client, with the sole exception of the hosting provider named in Annex 2. The Provider remains liable for the work of any subcontractor.

Art. 11 (Liability)
11.1 The total liability of the Provider under this Contract is limited to 150% of the total value of the Contract, except in cases of wilful misconduct or gross negligence and for breach of Art. 8 and Art. 9.

Art. 12 (Duration)
12.1 The Contract enters into force on signature and ends twenty-four months after the Activation Date. It is not tacitly renewed; any renewal requires a new written agreement of the Parties.

Art. 13 (Express termination clause)
13.1 Pursuant to Article 1456 of the Italian Civil Code, the Client may terminate this Contract by registered letter or certified e-mail (PEC) if the Provider seriously breaches Art. 6, Art. 8 or Art. 9, or if the delay penalties under Art. 4.3 reach their maximum.
13.2 Either Party may in addition terminate the Contract if the other Party commits a material breach which it fails to remedy within thirty days from a written notice.

Art. 14 (Governing law and jurisdiction)
14.1 This Contract is governed by Italian law.
14.2 Any dispute arising out of or relating to this Contract shall be resolved by arbitration under the Rules of the Milan Chamber of Arbitration, by a sole arbitrator, with seat in Milan, Italy. The language of the arbitration is English.

Art. 15 (Final provisions)
15.1 Any amendment to this Contract must be made in writing and signed by both Parties.
15.2 Annexes: Annex 1 - Technical description of the Service and of the integration; Annex 2 - Hosting provider and data centre.

Read, approved and signed.

For the Provider: Gavino Porcu    For the Client: Zeng Lihua

Pursuant to Articles 1341 and 1342 of the Italian Civil Code, the Client specifically approves the following clauses: Art. 7 (Intellectual property), Art. 11 (Liability), Art. 13 (Express termination clause), Art. 14 (Governing law and jurisdiction).

For the Client: Zeng Lihua
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
NAMES = {
    "h189z01": ("h189z01_red_cross_first_aid_training_platform.docx", "docx"),
    "h189z02": ("h189z02_steelworks_blast_furnace_temperature_monitoring.pdf", "pdf"),
    "h189z03": ("h189z03_childcare_chain_management_saas.md", "md"),
    "h189z04": ("h189z04_county_weather_warning_platform_om.txt", "txt"),
    "h189z05": ("h189z05_beef_sauce_wms_supplier_template.md", "md"),
    "h189e01": ("h189e01_celadon_kiln_monitoring_licence_french_vendor.docx", "docx"),
    "h189e02": ("h189e02_river_cruise_ticketing_saas_scottish_vendor.txt", "txt"),
    "h189e03": ("h189e03_scallop_farm_seabed_sensors_maintenance.pdf", "pdf"),
    "h189e04": ("h189e04_ai_startup_managed_it_desktop_support.md", "md"),
    "h189e05": ("h189e05_navel_orange_cold_chain_certificate_api.txt", "txt"),
}
SOURCES = {"h189z01": H189Z01, "h189z02": H189Z02, "h189z03": H189Z03, "h189z04": H189Z04, "h189z05": H189Z05,
           "h189e01": H189E01, "h189e02": H189E02, "h189e03": H189E03, "h189e04": H189E04, "h189e05": H189E05}


def check_sums():
    """Every price table and payment schedule adds up (amounts in CNY)."""
    # z01
    sub = 486_000 + 168_000 + 40 * 3_850 + 24 * 6_200 + 236_400
    assert 40 * 3_850 == 154_000 and 24 * 6_200 == 148_800 and sub == 1_193_200
    assert sub + 312_000 + 96_500 + 18_300 == 1_620_000
    assert (324_000, 729_000, 567_000) == tuple(round(1_620_000 * x / 100) for x in (20, 45, 35))
    assert 324_000 + 729_000 + 567_000 == 1_620_000 and round(sub * 0.08) == 95_456
    # z02
    sub = 360 * 680 + 48 * 5_600 + 6 * 58_000 + 426_000 + 8 * 23_500 + 96_400 + 215_000
    assert (360 * 680, 48 * 5_600, 6 * 58_000, 8 * 23_500) == (244_800, 268_800, 348_000, 188_000)
    assert sub == 1_787_000 and sub + 263_000 + 118_000 + 22_000 == 2_190_000
    assert (219_000, 1_095_000, 766_500, 109_500) == tuple(round(2_190_000 * x / 100) for x in (10, 50, 35, 5))
    assert 219_000 + 1_095_000 + 766_500 + 109_500 == 2_190_000 and sub * 175 // 1000 == 312_725
    # z03
    assert 28 * 9_600 * 3 == 806_400 and 806_400 + 138_000 == 944_400 and 806_400 / 12 == 67_200
    # z04
    assert 126 * 780 == 98_280 and 218_000 + 146_000 + 98_280 + 72_000 + 38_720 == 573_000 and 573_000 / 4 == 143_250
    # z05
    assert 40 * 1_800 == 72_000 and 368_000 + 72_000 + 286_000 + 94_000 + 14_000 == 834_000
    assert 834_000 // 2 == 417_000
    # e01
    sub = 268_000 + 3 * 24_500 + 3 * 16_800
    assert (3 * 24_500, 3 * 16_800, sub) == (73_500, 50_400, 391_900)
    assert sub + 86_000 + 54_000 + 9_600 == 541_500
    assert (108_300, 243_675, 189_525) == tuple(541_500 * x / 100 for x in (20, 45, 35))
    assert 108_300 + 243_675 + 189_525 == 541_500 and round(sub * 0.11) == 43_109
    # e02
    assert 18_600 * 36 == 669_600 and 669_600 + 74_000 == 743_600
    # e03
    sub = 36 * 21_400 + 4 * 86_500 + 6 * 38_200 + 164_000
    assert (36 * 21_400, 4 * 86_500, 6 * 38_200, sub) == (770_400, 346_000, 229_200, 1_509_600)
    assert sub + 218_000 + 96_000 + 16_400 == 1_840_000
    assert (184_000, 1_012_000, 644_000) == tuple(round(1_840_000 * x / 100) for x in (10, 55, 35))
    assert 184_000 + 1_012_000 + 644_000 == 1_840_000 and round(sub * 0.095) == 143_412
    # e04
    assert 46_500 * 24 == 1_116_000 and 1_116_000 + 38_000 == 1_154_000
    # e05
    assert 186_000 * 2 == 372_000 and 372_000 + 148_000 + 8_500 == 528_500 and 186_000 / 4 == 46_500


# ---------------------------------------------------------------------------------------------------------------
# Labels: terms as read from the text (judgement calls in NOTES.md), then the policy re-applied to them
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, forum in mainland China, TCO fee base (itemised licence/hardware), planned rules)
PLAN = {
    "h189z01": ("software",
                T(None, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 36, 8, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1620000), True, 1193200, []),
    "h189z02": ("hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 17.5, False, True,
                  False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2190000), True, 1787000,
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"]),
    "h189z03": ("cloud",
                T(99.5, 0.5, True, "buyer", True, False, True, 0.08, 200, None, True, None, None, None, True, True,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=944400),
                True, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h189z04": ("services",
                T(None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=573000),
                True, None, ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h189z05": ("software",
                T(None, 12, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, None, False, True,
                  None, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=834000), True, 440000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h189e01": ("software",
                T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                  "France", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=541500), False, 391900,
                ["CR-GOVERNING-LAW"]),
    "h189e02": ("cloud",
                T(99.95, 0.5, True, "buyer", True, True, True, 500 / 743600 * 100, 12 / 36 * 100, None, True, None,
                  None, None, False, True, True, "Scotland", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=743600),
                False, None, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h189e03": ("hardware",
                T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9.5, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1840000), True, 1509600, []),
    "h189e04": ("services",
                T(None, 1, False, "buyer", True, True, True, 800 / 1154000 * 100, 150, None, True, None, None, None,
                  True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1154000),
                True, None, ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
    "h189e05": ("cloud",
                T(99.95, 1, True, "supplier", True, True, True, 0.02, 150, None, True, None, None, None, False, True,
                  False, "Italy", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=528500),
                False, None, ["CR-GOVERNING-LAW", "CR-IP-OWNERSHIP", "CR-LD-LOW"]),
}


def tco(t, value, base, horizon=5):
    """Policy section 4: purchase price + implementation (= contract value) + post-warranty fees over the horizon,
    warranty from acceptance = start of the horizon, partial years pro rata. None when the fee is not stated."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return value + fees, fees / (value + fees) * 100


def rules(t, x, mainland, base):
    """policy.md section 3 with 'Where rules apply, and how clauses are read'."""
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.append("CR-SLA-AVAILABILITY")
        if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
            r.append("CR-SLA-RESPONSE")
        if not t["sla_remedy"]:
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        res = tco(t, x["contract_value"], base)
        if res is not None and res[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] != "PRC" or not mainland:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def write_labels():
    for key, (cat, t, x, mainland, base, planned) in PLAN.items():
        got = rules(t, x, mainland, base)
        assert got == sorted(planned), (key, got, planned)
        assert (t["contract_kind"] == G) == ("post_warranty_fee_capped" in x), key
        res = tco(t, x["contract_value"], base) if t["contract_kind"] == G else None
        name, _ = NAMES[key]
        label = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat,
                 "expected_terms": t, "expected_extra": x, "expected_rules": got}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("label", key, got, "TCO %.2f, share %.2f %%" % res if res else "")


if __name__ == "__main__":
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, kind) in NAMES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    built = {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    write_labels()
