"""Builds holdout175: ten ordinary draft contracts (5 Chinese, 5 English), written before any run.

The .md and .txt sources below are written to disk as they are; the two .docx and the two .pdf are built from the
small markup of ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row), the PDFs with their paragraphs
broken at word boundaries (wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h175z01 — city human-resources and social-security bureau, employment-service platform (政府采购 公开招标), buyer's
# paper; 第X条 + 1.1; .txt
H175Z01 = """清源市人力资源和社会保障局
就业服务一体化平台建设项目政府采购合同

合同编号：QYRS-2026-ZC-0318
采购项目编号：QYZC2026-G017（公开招标）

甲方（采购人）：清源市人力资源和社会保障局
地址：清源市政通路8号
乙方（供应商）：江苏智联政通信息技术有限公司
地址：南京市建邺区江东中路201号

根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。

第一条 项目内容
1.1 乙方负责建设清源市就业服务一体化平台，包括求职登记、岗位发布与人岗智能匹配、失业登记与失业保险待遇协同、职业培训补贴、就业见习、零工市场、重点群体就业帮扶七个业务子系统，以及统一门户、"清源就业"微信小程序和就业形势分析驾驶舱。
1.2 乙方负责完成历史业务数据（约86万条个人记录、2.3万家单位记录）的清洗、治理与迁移，并与省就业信息监测系统、社会保障卡服务平台、市政务服务网及统一身份认证平台完成接口对接。
1.3 平台部署于甲方指定的市政务云，计算、存储资源由甲方提供，乙方负责应用部署与调优。
1.4 招标文件、投标文件、需求规格说明书及经甲方确认的实施方案为本合同组成部分；内容不一致的，以对甲方更有利的为准。

第二条 合同价款
2.1 本合同为固定总价合同，合同总价为人民币贰佰壹拾玖万元整（¥2,190,000.00），分项如下：
（1）平台定制开发（七个子系统、统一门户、小程序、驾驶舱）：¥1,286,000
（2）国产中间件及数据库软件许可（永久许可）：¥312,000
（3）历史数据治理与迁移：¥264,000
（4）外部系统接口对接：¥198,000
（5）等级保护测评及商用密码应用安全性评估整改配合：¥58,000
（6）实施、培训及上线保障：¥72,000
2.2 合同总价包含设计、开发、许可、实施、培训、税费及质保期内服务等全部费用，甲方不再另行支付任何费用。

第三条 付款方式
3.1 合同生效且甲方收到乙方提交的等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥438,000。
3.2 平台通过初步验收后10个工作日内，甲方支付合同总价的45%，即¥985,500。
3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥766,500。
3.4 乙方应在每次付款前开具等额合法发票。甲方通过国库集中支付系统付款，财政支付流程的正常办理时间不视为甲方逾期。

第四条 实施进度
4.1 乙方应在合同签订后20日内提交详细实施方案，经甲方确认后执行；在合同签订后150日内完成开发、部署并上线试运行；试运行期为60日。
4.2 乙方应派驻项目经理一名及不少于6名实施人员常驻现场，未经甲方书面同意不得更换项目经理和技术负责人。
4.3 乙方应对甲方业务人员、系统管理员及各区县经办人员分层开展培训，培训不少于8场，并提供操作手册、运维手册和培训视频。
4.4 乙方每周向甲方提交项目周报，重大事项应在当日书面报告；甲方有权对项目进度和质量进行检查。

第五条 验收
5.1 初步验收：上线试运行前，甲方依据需求规格说明书组织功能测试。验收标准为：全部功能点测试通过；迁移数据全量比对，差异记录逐条核实处理完毕；各外部接口联调通过；500个并发用户下页面平均响应时间不超过3秒。
5.2 最终验收：试运行期满、平台连续稳定运行且未发生一级故障，通过网络安全等级保护三级测评及商用密码应用安全性评估，技术文档和源代码移交完毕后，甲方组织专家按上述标准进行最终验收并出具书面验收报告。
5.3 上线试运行、甲方实际使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在20日内整改并申请重新验收，由此产生的费用由乙方承担。

第六条 质量保证与售后服务
6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及因就业政策调整引起的功能调整（每年不超过60人天）。
6.2 质保期内平台月度可用率不低于99.95%。一级故障（平台整体不可用或核心业务无法办理）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次一工作日内解决。
6.3 乙方未达到6.2约定的，每超时1小时向甲方支付违约金¥1,000；月度可用率每低于约定值0.01个百分点，支付违约金¥2,000。
6.4 质保期满后甲方如需继续维护，乙方承诺年度维护服务费不超过人民币42,000元，续签维护合同时不得高于该标准。

第七条 知识产权
7.1 本项目定制开发的软件、源代码、数据库设计、接口程序及全部技术文档的知识产权归甲方所有。乙方应在最终验收前交付完整源代码及编译环境说明，甲方有权自行或委托第三方使用、修改和升级。
7.2 国产中间件及数据库为第三方产品，乙方保证甲方获得永久合法使用许可，并保证所交付成果不侵犯任何第三方的知识产权。

第八条 数据安全
8.1 平台中的求职人员、用人单位、参保人员信息及业务数据、日志均归甲方所有。乙方仅得为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求。开发测试仅使用甲方提供的脱敏数据；访问生产环境须经甲方逐次审批并通过堡垒机进行，操作全程留痕。
8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第九条 保密
乙方对履行合同过程中知悉的甲方工作秘密、系统架构、账号口令等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。

第十条 违约责任
10.1 乙方未按第四条约定期限上线或通过最终验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。

第十一条 分包
本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。

第十二条 合同解除
12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收取但未履行部分的款项并赔偿甲方损失。
12.2 合同解除后，乙方应在10日内移交已完成的成果、源代码和全部数据，并在甲方监督下删除其持有的数据副本。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十四条 其他
本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：2026年  月  日              日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h175z02 — power-cable plant, spark testers + on-line diameter gauges, hardware supply + post-warranty maintenance;
# 一、/（一）/1.; .docx with a Word price table and a fault table
H175Z02 = """T:火花试验机及在线测径仪采购与维保合同
P:合同编号：JHHL-SB-2026-041
P:甲方（买方）：江淮华缆电线电缆有限公司，地址：安徽省合肥市新站区文忠路66号
P:乙方（卖方）：苏州测联精密仪器有限公司，地址：江苏省苏州市工业园区星湖街218号
P:为满足甲方中压电力电缆及布电线生产线绝缘在线检测的需要，甲乙双方经友好协商，就火花试验机、在线测径仪及相关软件的供货、安装调试和维保服务订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供下列设备、软件及服务，合同总价为人民币壹佰伍拾叁万贰仟元整（¥1,532,000），含13%增值税、包装、运输、保险、安装调试及培训费用：
TB:序号|名称|规格型号|数量|单价（元）|金额（元）
TB:1|高频火花试验机|HFS-25，0–25kV，适用线径0.5–35mm|4台|186,000|744,000
TB:2|三轴在线激光测径仪|LDG-3X，测量范围0.2–60mm|4台|142,500|570,000
TB:3|测径数据采集及SPC分析软件|V3.0，永久许可|1套|68,000|68,000
TB:4|随机备品备件（电极珠链、激光保护窗、电源模块）|—|1批|36,000|36,000
TB:设备及软件小计|||||1,418,000
TB:5|安装调试及与MES系统接口对接|—|1项|98,000|98,000
TB:6|操作及维修培训|—|1项|16,000|16,000
TB:合计|||||1,532,000
P:（二）上述价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整。
H:二、交货与安装
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方合肥工厂三号车间，并在到货后20日内完成安装、调试及与甲方MES系统的数据对接。
P:（二）到货时双方共同开箱，核对数量、型号、外观及随机文件，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收合格。
P:（三）安装期间乙方应遵守甲方安全生产管理制度，现场施工人员须持有效电工作业证件。
P:（四）乙方应在安装调试完成后为甲方培训操作人员不少于20人、设备维修人员不少于6人，培训内容包括设备原理、参数设置、日常点检、常见故障处理及SPC软件使用，并提供中文操作手册、维修手册和电气图纸各两套。
P:（五）设备包装应适合长途运输和防潮防震，因包装不当造成的损坏由乙方负责。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥306,400。
P:（二）全部设备到货签收后15个工作日内，甲方支付合同总价的50%，即¥766,000。
P:（三）设备通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥383,000。
P:（四）合同总价的5%即¥76,600作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:四、验收
P:（一）最终验收在安装调试完成后进行，验收标准为：1. 火花试验机对标准缺陷样线连续10次试验均能检出击穿，击穿计数误差为零；2. 测径仪测量精度不低于±1μm，重复性不大于0.5μm；3. 设备在正常生产条件下连续运行72小时无故障；4. 测径及击穿数据实时上传MES系统，抽查连续三个班次数据无丢失。
P:（二）验收合格后双方签署最终验收报告。甲方在验收前的试生产使用不视为验收合格；验收不合格的，乙方应在10日内更换或修复后重新验收。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换零部件，并免费提供软件升级。
P:（二）质保期内乙方每半年进行一次预防性维护，并协助甲方完成设备计量校准。
H:六、服务水平
P:（一）乙方设立7×24小时服务热线，故障分级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|设备停机导致生产线停产|1小时|8小时|到场后8小时
TB:二级|部分功能异常，生产线可降级运行|2小时|24小时内安排|3个工作日
TB:三级|咨询或一般性问题|1个工作日|—|—
P:（二）乙方超过上表响应、到场或修复时限的，每超时1小时向甲方支付违约金人民币500元，可从质量保证金或应付款中直接扣除。
H:七、质保期后维保服务
P:（一）质保期满后，乙方为本合同设备及软件提供为期四年的维保服务，内容包括每年两次预防性维护、年度计量校准、易损件更换及软件升级，服务水平按第六条执行。
P:（二）维保服务费为每年人民币叁拾叁万捌仟元整（¥338,000），在上述四年维保期内固定不变，按年于每个维保年度结束后支付。
H:八、知识产权
P:（一）测径数据采集及SPC分析软件的著作权归乙方所有，甲方享有永久、不可撤销的使用权。
P:（二）乙方为本项目专门开发的MES接口程序、数据报表模板及其源代码的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:九、数据安全
P:（一）设备产生的测径数据、击穿记录、质量追溯数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方进行远程诊断须事先取得甲方书面同意，通过甲方提供的VPN账号逐次接入，操作全程记录；设备联网须符合甲方工控网络安全管理要求。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:乙方对在履行本合同过程中知悉的甲方工艺参数、产品配方、生产数据及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，应向甲方支付违约金人民币600元。逾期超过45日的，甲方有权解除合同。
P:（二）设备质量不符合合同约定的，乙方应负责更换并承担由此产生的费用。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
H:十二、分包
P:乙方不得转包本合同。设备吊装、电气接线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:乙方严重违反本合同约定，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交合肥仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、验收大纲、培训计划。
P:甲方（盖章）：江淮华缆电线电缆有限公司    乙方（盖章）：苏州测联精密仪器有限公司
P:授权代表：            授权代表：            日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h175z03 — art-school chain, scheduling and fee-collection SaaS, three years + implementation; Markdown headings; .md
H175Z03 = """# 排课与收费管理系统 SaaS 服务合同

合同编号：KZY-SaaS-2026-0729

**甲方（客户）：** 成都艺启星文化艺术培训有限公司（含其下属28个校区）
地址：成都市武侯区天府大道北段1480号

**乙方（服务商）：** 杭州课栈云科技有限公司
地址：杭州市滨江区网商路599号

甲方经营少儿美术、音乐、舞蹈培训连锁业务，拟采用乙方"课栈云"排课与收费管理系统替换各校区现有的单机排课软件和手工收费台账。双方经协商，订立本合同。

## 1. 服务内容

1.1 乙方通过其自有云平台向甲方提供"课栈云"SaaS 服务，包括：班级与一对一排课、教室与教师冲突检测、学员课消与课时余额管理、报名收费与退费审批、聚合支付收款与对账、家长端微信小程序（约课、请假、缴费、课堂点评）以及经营报表。
1.2 乙方提供实施服务：历史学员、合同与课时余额数据迁移，28个校区收费规则和课程产品配置，聚合支付通道对接，校长、教务及前台人员培训。
1.3 服务期为三年，自系统正式上线之日起计算。
1.4 服务期内乙方免费提供系统版本升级和功能迭代，免费提供7×12小时在线客服及电话支持，并为甲方指定一名客户成功经理，每季度与甲方召开一次服务回顾会。
1.5 甲方负责提供迁移所需的原始数据、各校区收费政策及测试配合人员，并负责前台终端、扫码设备和网络环境。

## 2. 费用

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 课栈云 SaaS 订阅（排课、收费、家长端、经营报表） | 28个校区 × 3年 | 6,800元/校区/年 | 571,200 |
| 实施服务（数据迁移、规则配置、支付对接、培训） | 1项 | — | 86,000 |
| **合计** | | | **657,200** |

2.1 合同总额为人民币陆拾伍万柒仟贰佰元整（¥657,200），含6%增值税。
2.2 订阅费按季度结算，每季度¥47,600，甲方于每个服务季度结束后15个工作日内支付当季费用。
2.3 实施费¥86,000在实施验收合格后15个工作日内一次性支付。甲方无需预付任何费用。
2.4 服务期内新增校区的，按本合同订阅单价按月折算计费；关闭校区的，自次一季度起相应减少订阅费。
2.5 乙方应在收款前开具合法增值税专用发票，发票信息错误导致甲方无法抵扣的，乙方应重新开具。

## 3. 实施与验收

3.1 乙方应在合同签订后45日内完成全部实施工作并申请实施验收。
3.2 实施验收标准：（1）迁移后学员、在读合同及课时余额与甲方提供的原始台账全量核对一致；（2）28个校区收费规则经甲方财务逐项确认；（3）聚合支付收款与银行到账连续7日对账无差异；（4）排课冲突检测对甲方提供的50个测试场景全部正确识别；（5）完成不少于12场培训。
3.3 验收合格后，双方签署实施验收单。系统上线使用、甲方支付订阅费均不视为实施验收合格。
3.4 甲方应在收到乙方书面验收申请后5个工作日内组织验收；验收不合格的，乙方应在10日内整改并重新申请验收。
3.5 乙方未能在约定期限内完成实施的，每逾期一日向甲方支付违约金人民币800元。

## 4. 服务水平

4.1 乙方承诺系统月度可用率不低于99.5%（计划内维护除外，计划维护应安排在每日22:00以后并提前48小时通知）。
4.2 一级故障（系统整体不可用或无法收费）：1小时内响应，3小时内恢复；二级故障（部分功能异常）：2小时内响应，1个工作日内解决。
4.3 月度可用率低于承诺值但不低于99%的，乙方按当月订阅费的5%抵扣下一季度费用；低于99%的，按当月订阅费的20%抵扣。一级故障响应每超时1小时，抵扣人民币500元。
4.4 乙方每月5日前向甲方提供上月服务报告，载明月度可用率、故障清单、处理时长及改进措施。

## 5. 续期

5.1 服务期届满前30日，任何一方未书面通知对方不再续订的，本合同自动续期一年，续期次数不限。
5.2 续期年度的订阅单价按乙方届时公布的标准价格执行，乙方无需另行征得甲方同意。

## 6. 知识产权

6.1 课栈云平台及其软件、算法的知识产权归乙方所有。
6.2 乙方为甲方定制的经营报表、收费规则模板和课程产品配置归甲方所有，甲方可自由使用、修改或提供给后续服务商。

## 7. 数据

7.1 学员及家长个人信息、课程、合同、收费与课消数据归甲方所有。
7.2 为改进产品和发布行业研究报告，乙方有权对甲方数据进行脱敏、汇总处理后加以分析和使用，该权利在本合同终止后继续有效。
7.3 乙方应按照网络安全等级保护第三级要求运营平台，对个人信息加密存储，实行最小权限访问和操作日志审计；涉及未成年人的个人信息应取得监护人同意并单独保护。
7.4 发生数据泄露、篡改或丢失的，乙方应在12小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的全部损失。
7.5 合同终止后30日内，乙方应向甲方交付全部数据的完整导出文件，并在甲方确认后删除平台上的甲方数据。

## 8. 保密

双方对在合作中获知的对方商业秘密、价格信息、学员资料及技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 9. 责任限制

乙方在本合同项下的累计赔偿责任以合同总额的两倍为限，但因乙方故意或重大过失、违反第7条或第8条造成的损失不受此限。

## 10. 分包

平台运行所用的阿里云基础设施服务视为甲方已同意。除此之外，乙方将本合同项下任何工作分包给第三方的，须事先取得甲方书面同意。

## 11. 解除

11.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同。
11.2 因乙方违约解除的，乙方应退还已付但未使用期间的订阅费。
11.3 合同终止或期满不续订时，乙方应配合甲方将数据迁移至甲方指定的系统，迁移期间（最长60日）服务不中断且不另行收费。

## 12. 不可抗力

因地震、洪水、公共卫生事件等不可抗力或基础电信网络大面积中断导致不能履行的，受影响一方应及时通知对方并在15日内提供证明，可部分或全部免除责任；不可抗力持续超过60日的，任何一方可解除合同。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。争议协商不成的，任何一方可提交成都仲裁委员会仲裁。

## 14. 其他

14.1 本合同附件包括：服务功能清单、实施计划、数据迁移范围说明、校区清单。附件与正文不一致的，以正文为准。
14.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。对本合同的任何修改须经双方书面签署。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：2026年　月　日　　　　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h175z04 — city housing-provident-fund centre, annual O&M of the fund business system (政府采购 竞争性谈判);
# 第X条 + X.X; .pdf
H175Z04 = """T:住房公积金业务系统年度运维服务合同
P:合同编号：QJGJJ-YW-2026-07
P:采购方式：竞争性谈判（采购项目编号：QJCG2026-TP045）
P:甲方（采购人）：泉江市住房公积金管理中心，地址：泉江市东海大道316号
P:乙方（供应商）：福建信达运维科技有限公司，地址：福州市鼓楼区软件大道89号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性谈判文件、乙方响应文件和成交通知书，双方就甲方住房公积金业务系统年度运维服务订立本合同。
H:第一条 服务范围
P:1.1 运维对象为甲方住房公积金综合业务系统，包括归集、提取、贷款、财务核算、网上服务大厅、手机公积金、12329热线接口，以及支撑上述系统的应用服务器、数据库、中间件和灾备系统。
P:1.2 服务内容包括：驻场运维、远程技术支持与应急响应、系统巡检与性能优化、数据库运维与备份恢复演练、安全加固及等级保护测评整改配合。
P:1.3 服务期自2026年7月1日起至2027年6月30日止。服务期满本合同自动终止，后续服务由甲方依法另行采购。
H:第二条 合同价款
P:2.1 本合同总价为人民币玖拾壹万陆仟元整（¥916,000），为服务期内全部服务的固定总价，分项如下：
P:（一）驻场运维服务（3名工程师，工作日8:30至17:30驻场，节假日轮值）：¥612,000；
P:（二）远程技术支持与7×24小时应急响应：¥96,000；
P:（三）月度系统巡检及季度性能优化：¥88,000；
P:（四）数据库运维及半年一次备份恢复演练：¥74,000；
P:（五）安全加固及等级保护测评整改配合：¥46,000。
P:2.2 合同价款包含人员、差旅、工具、税费等全部费用。
H:第三条 付款方式
P:3.1 本合同不设预付款。服务费按季度支付，每季度¥229,000。
P:3.2 每季度结束后，甲方按本合同附件《运维服务考核办法》对乙方进行季度考核，考核合格后15个工作日内支付当季服务费；考核扣款从当季服务费中直接扣除。
H:第四条 服务要求
P:4.1 乙方驻场工程师应具备数据库、中间件及操作系统相应认证，名单经甲方确认后不得擅自更换；确需更换的，应提前10日书面申请并经甲方同意。
P:4.2 乙方每月提交巡检报告，每季度提交性能优化报告，每半年完成一次备份恢复演练并提交演练记录。
P:4.3 乙方应建立变更管理制度，对生产系统的任何变更须提前提交变更方案，经甲方审批后在约定窗口实施。
P:4.4 在公积金年度结息、缴存基数调整、贷款政策调整上线等重要时段，乙方应增派不少于2名工程师现场保障，不另收费。
P:4.5 乙方应建立运维知识库，记录故障现象、原因分析和处理过程，并于每季度末将更新内容交付甲方。
P:4.6 乙方应制定并每年更新应急预案，配合甲方完成与同城灾备中心的切换演练。
H:第五条 服务水平
P:5.1 服务时间内核心业务系统（归集、提取、贷款、网上服务大厅）月度可用率不低于99.95%。
P:5.2 一级故障（核心业务中断或大面积无法办理）：15分钟内响应，30分钟内到达现场，2小时内恢复业务；二级故障：30分钟内响应，8小时内解决；三级故障：2小时内响应，2个工作日内解决。
P:5.3 可用率按月统计，以甲方监控平台记录为准；因甲方网络、机房电力或第三方系统原因导致的中断不计入不可用时间。
P:5.4 乙方每超过上述时限1小时，扣减当季服务费人民币1,000元；月度可用率每低于约定值0.01个百分点，扣减当季服务费人民币1,500元。
H:第六条 考核与验收
P:6.1 季度考核内容包括服务水平达成情况、巡检与报告完成情况、变更合规情况及用户满意度，考核得分低于80分的为不合格。
P:6.2 服务期满后，甲方依据本合同服务内容、各季度考核结果及运维文档移交情况组织年度验收，出具验收意见。
P:6.3 年度验收的标准为：全年各季度考核均合格；服务水平年度达成记录完整；巡检报告、优化报告、演练记录及运维知识库按期交付；全部账号权限及配置资料已整理移交。
P:6.4 乙方应按月提交服务水平报告，列明可用率、各级故障数量、响应及恢复时长和未达标原因，作为季度考核依据。
H:第七条 数据安全
P:7.1 系统中的缴存职工个人信息、单位信息、业务及财务数据归甲方所有。乙方仅可为履行运维职责访问上述数据，不得复制、下载、留存或用于其他任何目的。
P:7.2 乙方人员须通过堡垒机操作，实行一人一账号，高危操作须经甲方双人复核；严禁将生产数据导出至外部存储介质或互联网。
P:7.3 乙方用于运维的终端须安装甲方指定的终端安全软件，不得连接互联网；远程支持须经甲方逐次授权，通过甲方提供的专用通道接入。
P:7.4 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求；发生数据泄露、篡改或丢失的，乙方应在30分钟内报告甲方并配合处置，因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:乙方及其人员对在服务过程中知悉的甲方工作秘密、系统账号口令、网络结构及个人信息负有保密义务，应签署保密承诺书；保密义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方在运维过程中为甲方编写的运维脚本、监控配置、接口修补程序及性能优化程序，其知识产权归乙方所有，甲方在本中心业务范围内享有免费使用权。
P:9.2 乙方保证其提供的服务和工具不侵犯第三方知识产权。
H:第十条 违约责任
P:10.1 乙方未按期提交巡检报告、性能优化报告或完成备份恢复演练的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方因履行本合同承担的全部赔偿责任（含违约金）累计不超过本合同总价的50%。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下的服务转包或分包给第三方。
H:第十二条 人员管理
P:乙方驻场人员应遵守甲方机房管理、保密及考勤制度，甲方有权要求更换不称职人员，乙方应在5个工作日内更换到位。
H:第十三条 合同解除
P:乙方连续两个季度考核不合格，或发生重大违约经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
H:第十四条 服务交接
P:合同终止或期满时，乙方应在15日内向甲方或甲方指定的新服务商完成运维文档、账号权限和配置资料的交接，交接期间不得中断服务。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同附件包括：竞争性谈判文件、乙方响应文件、运维服务考核办法、驻场人员名单。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：泉江市住房公积金管理中心    乙方（盖章）：福建信达运维科技有限公司
P:日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h175z05 — Cantonese-sausage (腊肠) maker, WMS licence + custom development, on the supplier's own template;
# 第一章 / 第1条 / 1.1; .md
H175Z05 = """# 仓智WMS软件许可及实施合同

> 东莞仓智软件科技有限公司 标准合同文本 V4.0（2025年修订）

合同编号：CZ-WMS-2026-0112

**甲方：** 中山市荣记腊味食品有限公司
地址：广东省中山市黄圃镇食品工业园兴圃大道18号

**乙方：** 东莞仓智软件科技有限公司
地址：广东省东莞市松山湖园区科技十路6号

甲方因腊肠、腊肉成品仓及冷库管理需要，向乙方采购仓智WMS仓储管理系统软件许可及相关定制开发、实施服务。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一章 合同标的与价格

**第1条 采购内容及价格**

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓智WMS标准版软件许可（永久，50并发用户） | 1套 | 268,000 |
| 2 | RF手持终端应用授权 | 40台 × 1,500元 | 60,000 |
| 3 | 定制开发：批次及保质期先进先出管理、冷库温湿度监控对接、用友U8接口、电商平台订单对接 | 1项 | 236,000 |
| 4 | 实施部署及上线支持 | 1项 | 58,000 |
| 5 | 用户培训 | 1项 | 12,000 |
| | **合计** | | **634,000** |

1.1 合同总价为人民币陆拾叁万肆仟元整（¥634,000），含税。
1.2 手持终端硬件、服务器、操作系统及数据库由甲方自行采购，不在本合同范围内。
1.3 软件许可仅限甲方中山工厂成品仓、原料仓及冷库使用；甲方增加仓库、并发用户或手持终端数量的，应按乙方届时报价另行购买授权。

**第2条 付款方式**

2.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥317,000。
2.2 系统上线运行后5个工作日内，甲方支付合同总价的50%，即¥317,000。
2.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停实施及服务。

## 第二章 实施与验收

**第3条 实施**

3.1 乙方在收到首期款后开始实施，计划在90日内完成部署、定制开发和上线。
3.2 甲方应按乙方要求及时提供基础数据（物料、库位、客户、供应商）、业务规则和测试人员，因甲方原因导致的延误，实施期限相应顺延。
3.3 定制开发需求以双方确认的《需求确认书》为准，需求确认后甲方提出的变更，乙方按每人天2,000元另行收费。
3.4 乙方为甲方仓库管理员、叉车及拣货人员和信息部门人员提供集中培训共3天，培训地点在甲方工厂，超出部分另行收费。
3.5 乙方交付物包括：软件安装介质及授权文件、用户操作手册、系统管理员手册、接口说明书（不含源代码）。
3.6 甲方应提供符合乙方要求的服务器、网络及无线覆盖环境；因甲方环境不满足要求导致系统运行异常的，乙方不承担责任。
3.7 系统上线后，乙方安排实施顾问提供为期两周的现场上线支持，协助甲方完成期初库存导入、库位贴标及首次月末盘点。
3.8 实施过程中，甲方应指定一名项目负责人，负责需求确认、数据准备和内部协调；甲方人员变动影响实施进度的，由甲方承担相应后果。

**第4条 验收**

4.1 系统部署完成并经乙方内部测试后，即可上线运行。
4.2 系统上线运行即视为甲方验收合格。甲方开始在生产环境中使用本系统的，亦视为验收合格。

## 第三章 维护服务

**第5条 免费维护期**

5.1 乙方提供三个月的免费维护服务，自系统上线之日起计算。
5.2 免费维护期内，乙方对一级故障（系统无法出入库）在接到甲方通知后12小时内响应，二级故障在2个工作日内响应。
5.3 乙方未按前款时限响应的，每次向甲方支付人民币200元。

**第6条 有偿维护**

6.1 免费维护期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同，维护费按乙方当年公布的维护服务价格标准执行。
6.2 未签订维护合同的，乙方按次提供服务，按乙方当时的人天单价收费，远程服务按小时计费，现场服务另计差旅费。
6.3 因甲方自行修改配置、操作不当、病毒或硬件故障引起的问题，不属于维护范围。

## 第四章 知识产权与数据

**第7条 知识产权**

7.1 仓智WMS软件及其文档的知识产权归乙方所有，甲方享有在本企业内部使用的非独占、不可转让的许可。
7.2 甲方不得将软件转让、出租或提供给其关联公司及任何第三方使用，不得对软件进行反向工程。
7.3 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权均归乙方所有；乙方不向甲方交付源代码，甲方不得自行或委托第三方修改、反编译。

**第8条 数据**

8.1 甲方在系统中录入和产生的业务数据归甲方所有。
8.2 乙方有权在对甲方数据进行脱敏处理后，将其用于产品改进、行业分析及向其他客户提供的标杆数据服务。
8.3 乙方在实施和维护过程中应采取必要的技术和管理措施保护甲方数据，不得泄露甲方的客户及价格信息；因乙方原因导致数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

**第9条 保密**

双方应对在合同履行中获知的对方商业秘密和技术信息予以保密，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方不得向第三方披露乙方软件的功能设计、报价及本合同条款。

## 第五章 违约责任

**第10条 违约**

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不承担甲方的间接损失、利润损失及数据损失。

**第11条 合作伙伴**

乙方有权根据项目需要，将部分实施、定制开发及现场支持工作委托其授权合作伙伴完成，无需征得甲方同意。

## 第六章 其他

**第12条 解除**

12.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。
12.2 合同解除的，甲方已支付的软件许可费用不予退还；甲方应结清乙方已完成工作的费用。

**第13条 不可抗力**

因不可抗力、政策变化、网络运营商或第三方软件原因导致不能履行或迟延履行的，受影响一方不承担违约责任，但应及时通知对方。

**第14条 争议解决**

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

**第15条 其他**

15.1 本合同未尽事宜，由双方协商解决。
15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：东莞仓智软件科技有限公司
日期：2026年　月　日　　　　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h175e01 — Yongkang vacuum-flask maker, leak-test software perpetual licence + configuration + support; vendor on
# Owey (Co. Donegal), Irish house style; "N. HEADING" + N.N; .pdf
H175E01 = """T:SOFTWARE LICENCE, SERVICES AND SUPPORT AGREEMENT
P:THIS AGREEMENT is dated the ___ day of __________ 2026
P:BETWEEN:
P:(1) OWEY METROLOGY SOFTWARE LIMITED, a company incorporated in Ireland with registered number 684215, having its registered office at The Old Schoolhouse, Owey Island, Cruit, Co. Donegal, Ireland (the "Licensor"); and
P:(2) ZHEJIANG HENGWEN VACUUM FLASK CO., LTD., a company incorporated in the People's Republic of China having its registered office at No. 66 Jiulong North Road, Yongkang Economic Development Zone, Zhejiang Province, China (the "Customer").
P:BACKGROUND:
P:(A) The Licensor develops and licenses LeakSight, a software suite that controls pressure-decay and vacuum-decay leak-test stations, records every test result against the serial number of the tested product and analyses the results statistically.
P:(B) The Customer manufactures stainless-steel vacuum flasks and food jars in Yongkang and wishes to equip fourteen leak-test stations on its double-wall welding lines with LeakSight and to connect them to its manufacturing execution system.
P:NOW IT IS HEREBY AGREED as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Custom Deliverables" means the test recipes, station interface scripts, the MES connector, report templates and other materials created by the Licensor specifically for the Customer under this Agreement; "Customer Data" means all test results, product serial numbers, production records and other data entered into or generated by the Software at the Customer's premises; "Final Acceptance" means the signature of the Final Acceptance Certificate under clause 6.4; "Software" means the LeakSight Station and LeakSight Analytics Server software in object code, with its documentation and all updates supplied under this Agreement; "Support Year" means each period of one year beginning on the day after the Warranty Period ends, and on each anniversary of that day.
H:2. LICENCE
P:2.1 In consideration of the Licence Fees, the Licensor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen (14) leak-test stations and one analytics server at the Customer's Yongkang plants for the Customer's internal business purposes.
P:2.2 The Customer may make such copies of the Software as are reasonably necessary for back-up, disaster recovery and testing.
H:3. SERVICES
P:3.1 The Licensor shall install the Software, configure it for the Customer's product range (including the 350 ml, 500 ml and 1,000 ml flask families and the food-jar range), write the interface scripts for the fourteen test stations, build the MES connector and deliver the training described in Schedule 1 (together, the "Services").
P:3.2 The Licensor shall perform the Services with reasonable skill and care, in accordance with the implementation plan agreed by the parties.
P:3.3 The Licensor shall complete installation and configuration and obtain the Installation Certificate under clause 6.2 not later than ninety (90) days after the date of this Agreement (the "Go-Live Date").
H:4. PRICE AND PAYMENT
P:4.1 The Contract Price is CNY 977,000 (nine hundred and seventy-seven thousand Chinese Renminbi), made up as follows. All amounts are stated in Renminbi at the Customer's request and include PRC value-added tax.
P:LeakSight Station licence, 14 stations x CNY 38,500: CNY 539,000
P:LeakSight Analytics Server licence, 1 server: CNY 96,000
P:Licence Fees subtotal: CNY 635,000
P:Configuration, station interfaces and MES connector (fixed price): CNY 318,000
P:Training (operators, quality engineers, administrators): CNY 24,000
P:Total Contract Price: CNY 977,000
P:4.2 The Contract Price shall be paid in three instalments: (a) twenty per cent (20%), CNY 195,400, within fifteen Business Days after signature of this Agreement against the Licensor's invoice; (b) forty-five per cent (45%), CNY 439,650, within fifteen Business Days after the Installation Certificate; and (c) thirty-five per cent (35%), CNY 341,950, within fifteen Business Days after Final Acceptance.
P:4.3 The Contract Price is fixed and includes all travel, accommodation and expenses of the Licensor's personnel.
H:5. CUSTOMER RESPONSIBILITIES
P:5.1 The Customer shall provide the Licensor's personnel with access to its plants, a workstation and network connection, the PLC documentation of each test station and a contact person with authority to take decisions.
H:6. ACCEPTANCE
P:6.1 Each test station shall be installed and configured, and the Licensor shall demonstrate that it communicates with the Software and with the MES.
P:6.2 When all fourteen stations are installed, the parties shall sign an Installation Certificate. The Installation Certificate confirms installation only and does not constitute acceptance of the Software or the Services.
P:6.3 The Acceptance Tests shall then be carried out over twenty (20) production days and are passed when: (a) the Software records every test on every station against the correct serial number, with no lost or duplicated record in a reconciliation against the MES; (b) a reference leak of known size is detected on each station in ten consecutive trials; (c) the test cycle time of each station is not longer than before installation; and (d) the statistical reports in Schedule 1 are produced correctly for the test period.
P:6.4 When the Acceptance Tests are passed the Customer shall sign a Final Acceptance Certificate. If they are not passed, the Licensor shall correct the defects within ten Business Days and the relevant tests shall be repeated. Use of the Software in production before Final Acceptance does not constitute acceptance.
H:7. WARRANTY
P:7.1 The Licensor warrants that for a period of ninety (90) days from Final Acceptance (the "Warranty Period") the Software will perform substantially in accordance with its documentation and the Custom Deliverables will conform to the specification in Schedule 1.
P:7.2 The Licensor's obligation under this warranty is to correct, free of charge, any defect notified to it during the Warranty Period, with the response times in clause 8.3.
H:8. SUPPORT AND MAINTENANCE
P:8.1 After the Warranty Period the Licensor shall provide support and maintenance for the Software and the Custom Deliverables, including new releases, corrections and telephone and remote assistance, for each Support Year for which the Customer issues a purchase order. Support does not renew automatically.
P:8.2 The annual support fee is seventeen per cent (17%) of the Licence Fees, that is CNY 107,950 per Support Year, and shall remain fixed for the first five Support Years. It is invoiced at the start of each Support Year.
P:8.3 During the Warranty Period and each Support Year, the Licensor shall respond to a Priority 1 incident (a test station or the analytics server cannot record tests) within one (1) hour, and shall provide a workaround within eight (8) hours; Priority 2 incidents shall be responded to within two hours and corrected within three Business Days.
P:8.4 For each hour by which the Licensor exceeds a Priority 1 response or workaround time, the Licensor shall pay or credit to the Customer CNY 1,000.
H:9. INTELLECTUAL PROPERTY
P:9.1 All intellectual property rights in the Software remain with the Licensor and its licensors.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Licensor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
H:10. CUSTOMER DATA
P:10.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain, analyse or disclose it for any other purpose.
P:10.2 The Software is installed on the Customer's servers in Yongkang. The Licensor's personnel may access them remotely only through the Customer's VPN, with a separate approval for each session, and all sessions are logged. The Licensor shall not export Customer Data outside the People's Republic of China.
P:10.3 The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify the Customer of any security incident affecting Customer Data within forty-eight (48) hours, shall cooperate in its remediation, and shall be liable for losses caused by any breach of this clause 10.
H:11. CONFIDENTIALITY
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's product designs, test parameters and production volumes, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after termination.
H:12. DELAY AND LIABILITY
P:12.1 If the Installation Certificate is not signed by the Go-Live Date for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of CNY 900 for each day of delay, up to ten per cent (10%) of the Contract Price.
P:12.2 The total liability of each party under or in connection with this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to death or personal injury caused by negligence, fraud, wilful default or breach of clause 10 or 11.
H:13. SUBCONTRACTING
P:The Licensor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.
H:14. TERM AND TERMINATION
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice requiring it to do so, or if the other party becomes insolvent.
H:15. GOVERNING LAW AND DISPUTES
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration in Dublin, Ireland, under the Arbitration Act 2010, before a sole arbitrator appointed by the President of the Law Society of Ireland. The language of the arbitration shall be English.
H:16. GENERAL
P:16.1 This Agreement, with its Schedule, is the entire agreement between the parties. Amendments must be in writing.
P:SCHEDULE 1: Scope of configuration, station interfaces, MES connector, reports and training.
P:IN WITNESS whereof the parties have signed this Agreement on the date first written above.
P:SIGNED for and on behalf of OWEY METROLOGY SOFTWARE LIMITED: ____________________ Director
P:SIGNED for and on behalf of ZHEJIANG HENGWEN VACUUM FLASK CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h175e02 — Tengchong hot-spring resort, booking SaaS, Order Form + General Terms; vendor on the Ilha da Armona,
# Portuguese house style; "Art. N (title)" with paragraphs "1 –"; .md
H175E02 = """# ORDER FORM No. AR-CN-2026-014

**Armona Hospitality Software, Lda.** — private limited company (*sociedade por quotas*), registered office at Núcleo Habitacional da Ilha da Armona, 8700-085 Olhão, Portugal, registered with the Commercial Registry under the sole registration and tax number 515 884 207, share capital EUR 50,000 (the **"Vendor"**)

**Tengchong Rehai Yunquan Hot Spring Resort Co., Ltd.** — registered office at No. 9 Rehai Road, Qingshui Township, Tengchong, Yunnan Province, People's Republic of China (the **"Customer"**)

This Order Form and the General Terms printed below form one contract (the **"Contract"**). If they differ, this Order Form prevails.

## A. Property and Services

| | |
|---|---|
| Property | Rehai Yunquan resort: 286 guest rooms, 42 villas, 64 private spa pools bookable by time slot |
| Services | Armona Stay Resort Edition: booking engine for the resort website and WeChat mini-program; channel manager (Trip.com, Meituan, Fliggy); rate and inventory management; spa and pool time-slot module; guest messaging |
| Subscription Term | 36 months from the Service Start Date |
| Service Start Date | The date of the Onboarding Acceptance Certificate (Art. 3) |
| Hosting | Alibaba Cloud, Chengdu region (mainland China) |

## B. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Armona Stay Resort Edition | CNY 17,600 per month x 36 months | 633,600 |
| Onboarding: configuration, rate plans, channel mapping, PMS interface, staff training | one-time | 52,000 |
| **Total fees** | | **685,600** |

All amounts are in Renminbi at the Customer's request and include PRC value-added tax.

## C. Invoicing and Payment

1 – The Subscription fee is invoiced monthly in arrears on the first Business Day of the following month. The Onboarding fee is invoiced after the Onboarding Acceptance Certificate is signed.
2 – Invoices are payable within thirty (30) days by bank transfer. No amount is payable in advance.

## D. Onboarding Date

The Vendor shall complete Onboarding so that the Onboarding Acceptance Certificate can be signed within sixty (60) days after signature of this Order Form. For each day of delay attributable to the Vendor, the Vendor shall pay the Customer CNY 500, up to a total of five per cent (5%) of the total fees.

## E. Renewal

The Contract ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

Signed in Tengchong and in Olhão on ____________ 2026, in two originals in English.

For the Vendor: ____________________ (Gerente)  For the Customer: ____________________ (Legal Representative)

---

# GENERAL TERMS OF SERVICE (Version 5.2)

### Art. 1 (Definitions)

1 – "Business Day" means a working day in the People's Republic of China. "Customer Data" means all data entered into the Services by or for the Customer, including guest names, identity document data, contact details, stay and spa bookings and payment references. "Customer Configurations" means the rate plans, packages, spa schedules, content, e-mail templates and channel mappings set up for the Customer. "Incident" means a failure of the Services; a "Priority 1 Incident" is one that stops guests from booking or stops the channel manager from updating rates or availability.

### Art. 2 (Subscription)

1 – The Vendor grants the Customer, for the Subscription Term, a non-exclusive right to use the Services for the property named in the Order Form, for any number of its employees.
2 – The Vendor may improve the Services from time to time, provided that no change materially reduces the functions described in the Order Form.
3 – The Customer is responsible for the accuracy of the rates, content and inventory it enters and for keeping its user passwords secret.

### Art. 3 (Onboarding and Acceptance)

1 – The Vendor shall perform the Onboarding described in the Order Form, including the interface to the Customer's property-management system and training for front-office, reservations and spa staff.
2 – Onboarding Acceptance tests shall show that: (a) twenty test changes of rates and availability reach every connected channel within five minutes; (b) thirty test bookings, including spa time slots and package bookings, flow end-to-end into the property-management system without manual re-entry; (c) WeChat Pay and card payments reconcile with the Customer's bank statements for seven consecutive days; and (d) the Customer Configurations match the rate sheet approved by the Customer.
3 – When the tests are passed, the parties sign an Onboarding Acceptance Certificate. If a test fails, the Vendor shall correct the cause and repeat the test. Use of the Services before the certificate is signed does not amount to acceptance.

### Art. 4 (Service Levels)

1 – The Vendor aims to keep the Services available 99.95% of the time in each calendar month, excluding maintenance announced at least forty-eight hours in advance and carried out between 01:00 and 05:00 China time.
2 – The Vendor's support desk operates around the clock, every day, in Chinese and English. The Vendor shall respond to a Priority 1 Incident within one (1) hour and aims to restore the Services within six (6) hours; other Incidents are answered within one Business Day.
3 – The Vendor reports monthly availability and Incidents to the Customer.
4 – The service levels in this Art. 4 are objectives. A failure to meet them does not give rise to any service credit, fee reduction, refund or other compensation.

### Art. 5 (Customer Data)

1 – Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the Services and on the Customer's documented instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.
2 – On expiry or termination, the Vendor shall, at the Customer's choice, return all Customer Data in a standard format within thirty (30) days and then delete it, and confirm the deletion in writing.

### Art. 6 (Data Security)

1 – Customer Data is stored and processed only in the hosting region named in the Order Form. The Vendor shall maintain the technical and organisational measures described in its security policy, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for its administrators, logging of all administrative access, and daily backups kept for thirty days.
2 – The Vendor shall comply with the PRC Personal Information Protection Law, the Data Security Law and the Cybersecurity Law as they apply to the Services, and shall not transfer Customer Data out of mainland China.
3 – The Vendor shall notify the Customer of any security incident affecting Customer Data without undue delay and in any case within forty-eight (48) hours, shall take all reasonable steps to contain it, and shall bear the costs and losses caused to the Customer by an incident attributable to the Vendor.

### Art. 7 (Subcontractors and Sub-processors)

1 – The Vendor may use subcontractors and sub-processors, including its hosting provider and its local implementation partners, to provide the Services. The current list is published on the Vendor's website.
2 – The Vendor will notify the Customer by e-mail at least ten (10) days before a new subcontractor or sub-processor begins work. The Vendor remains responsible for their performance.

### Art. 8 (Intellectual Property)

1 – The Services, the software and all related know-how remain the property of the Vendor and its licensors.
2 – The Customer Configurations and any content created specifically for the Customer belong to the Customer, which may use, modify and hand them over to any other provider freely.

### Art. 9 (Confidentiality)

1 – Each party shall keep confidential the non-public information received from the other, including prices, booking volumes and technical information, and shall not disclose it to third parties without the other party's prior written consent, except to its advisers bound by confidentiality or as required by law.
2 – This obligation continues for three years after the end of the Contract.

### Art. 10 (Liability)

1 – Neither party is liable for indirect or consequential loss, or for loss of profit.
2 – The total liability of the Vendor under the Contract, for all claims together, is limited to the fees paid or payable by the Customer in the six (6) months preceding the event that gave rise to the claim.
3 – The limits in this Art. 10 do not apply to liability for fraud, wilful misconduct or personal injury.

### Art. 11 (Termination)

1 – Either party may terminate the Contract by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving notice of it.
2 – If the Customer terminates for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

### Art. 12 (Governing Law and Disputes)

1 – The Contract is governed by the laws of the People's Republic of China.
2 – Any dispute shall first be discussed between the parties' managers. If it is not settled within thirty (30) days, it shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming, whose award is final.

### Art. 13 (Final Provisions)

1 – The Contract is the entire agreement between the parties on its subject. Changes must be in writing and signed by both parties.
2 – If any provision is invalid, the remaining provisions continue to apply.
"""

# ---------------------------------------------------------------------------------------------------------------
# h175e03 — Lianyungang salt-pan cooperative, brine sensors + platform licence + maintenance; French integrator on the
# Île du Large, buyer's paper; "Article N" + N.N; .docx with a Word price table
H175E03 = """T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR A BRINE MONITORING SYSTEM
P:Contract No.: QKYC-2026-017
P:Buyer: Lianyungang Qingkou Salt Producers' Cooperative, Qingkou Salt Field, Ganyu District, Lianyungang, Jiangsu Province, People's Republic of China, represented by its Chairman (the "Buyer").
P:Supplier: Large Systèmes Côtiers SAS, a simplified joint-stock company with a share capital of EUR 120,000, registered with the Trade and Companies Register of Cherbourg under number 882 413 506, registered office at Île du Large, Îles Saint-Marcouf, 50310 Saint-Marcouf, France, represented by its Président (the "Supplier").
P:The Buyer operates evaporation ponds, brine reservoirs and crystallisation pans on the Qingkou salt field and wishes to monitor brine density, pond levels and weather continuously. Following the Buyer's invitation to tender and the Supplier's offer, the parties agree as follows.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission a brine monitoring system consisting of the sensors, weather stations, LoRaWAN gateways and monitoring platform listed in Article 2, train the Buyer's staff and provide warranty and maintenance services as set out in this Contract.
P:1.2 The Supplier shall also develop a pond dashboard, the decoders for the sensor data and an interface that writes daily brine and level data into the Buyer's production ledger (together, the "Custom Deliverables").
P:1.3 The technical specification and the Supplier's offer of 14 March 2026 are attached as Annexes 1 and 2. If they conflict with this Contract, this Contract prevails.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,280,000 (one million two hundred and eighty thousand Renminbi), fixed, including PRC value-added tax, packing, transport to the salt field, insurance, installation, training and all other costs. It is stated in Renminbi at the Buyer's request.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Brine density and salinity sensor, titanium housing, BD-T20|64|7,850|502,400
TB:2|Ultrasonic pond level sensor, UL-8|64|2,950|188,800
TB:3|Weather station (wind, rain, evaporation pan, solar radiation)|4|36,500|146,000
TB:4|LoRaWAN gateway with solar power kit|6|18,200|109,200
TB:5|SaltWatch monitoring platform, perpetual licence, server edition|1|168,000|168,000
TB:Hardware and Licence Subtotal||||1,114,400
TB:6|Installation: anti-corrosion mounts, cabling, solar kits, commissioning|1|142,600|142,600
TB:7|Training and documentation|1|23,000|23,000
TB:Contract Price||||1,280,000
H:Article 3 Payment
P:3.1 Twenty per cent (20%) of the Contract Price, CNY 256,000, shall be paid as an advance within fifteen working days after signature, against an advance-payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 Forty-five per cent (45%), CNY 576,000, shall be paid within fifteen working days after the Installation Certificate under Article 5.2.
P:3.3 Thirty-five per cent (35%), CNY 448,000, shall be paid within fifteen working days after the Final Acceptance Certificate under Article 6.3.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese agent named in Annex 2.
H:Article 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the Qingkou salt field within seventy-five (75) days after signature. Delivery is confirmed by a delivery note listing quantities and serial numbers; the delivery note is not acceptance of quality.
P:4.2 Because the ponds are in production from April to October, the Supplier shall agree the installation schedule with the Buyer's field manager so that no crystallisation pan is drained for installation work.
H:Article 5 Installation
P:5.1 The Supplier shall complete installation and commissioning within forty-five (45) days after delivery. All mounts, fixings and cable glands exposed to brine shall be of titanium or marine-grade plastic.
P:5.2 When all sensors, stations and gateways transmit data to the platform, the parties sign an Installation Certificate. The Installation Certificate is not acceptance of the system.
P:5.3 Before the trial period, the Supplier shall train at least twelve pond operators and three technicians of the Buyer in the use, cleaning and basic calibration of the sensors and in the use of the platform, and shall hand over operating and maintenance manuals in Chinese.
P:5.4 The Buyer shall provide a lockable storage area on the salt field, access to the ponds with its own boats where needed, a server at the cooperative's office and a contact person for each pond section.
H:Article 6 Acceptance
P:6.1 After installation, the system shall run for a trial period of thirty (30) days.
P:6.2 The system passes acceptance when: (a) the density readings of twenty sample points agree with laboratory hydrometer readings within 0.3 degrees Baumé; (b) level readings agree with staff-gauge readings within 5 mm; (c) no sensor misses more than two hourly readings on any day of the trial period; (d) threshold alarms reach the duty manager's mobile phone within two minutes in ten tests; (e) the weather stations hold valid calibration certificates; and (f) the daily interface to the production ledger runs without error for the whole trial period.
P:6.3 When the criteria are met, the Buyer signs the Final Acceptance Certificate. If they are not met, the Supplier shall correct the defects within fifteen days and the trial period shall be repeated for the affected items. Use of the system by the Buyer during the trial period is not acceptance.
H:Article 7 Warranty
P:7.1 The warranty period is thirty-six (36) months from Final Acceptance. During it, the Supplier shall repair or replace free of charge any defective equipment, recalibrate the density sensors twice a year, and supply updates of the platform.
P:7.2 Equipment replaced under warranty carries a new warranty for the remaining warranty period or six months, whichever is longer.
H:Article 8 Service Levels
P:8.1 A Priority 1 fault is a failure of the platform, or the loss of data from more than a quarter of the sensors. The Supplier shall respond to a Priority 1 fault within one (1) hour by telephone or remote access, be on site within eight (8) hours, and restore the service by the end of the next calendar day.
P:8.2 Other faults shall be answered within one working day and corrected within five working days.
P:8.3 For each hour by which the Supplier exceeds the Priority 1 response or on-site time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Article 9 Maintenance after the Warranty
P:9.1 After the warranty period, the Supplier shall provide maintenance on the terms of Articles 7.1 and 8 for an annual fee of nine per cent (9%) of the Hardware and Licence Subtotal, that is CNY 100,296 per year. This fee is fixed for the first two years after the warranty period; any later change requires the written agreement of both parties.
P:9.2 Maintenance is ordered by the Buyer for one year at a time by written order. It does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 The SaltWatch platform remains the property of the Supplier, which grants the Buyer a perpetual licence to use it.
P:10.2 The Custom Deliverables, including their source code and documentation, belong to the Buyer from creation. The Buyer may use, modify and license them freely and may have them maintained by third parties.
H:Article 11 Buyer Data
P:11.1 All measurements, alarms, production records and other data collected or generated by the system ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:11.2 The platform is installed on the Buyer's server at the cooperative's office. The Supplier may access it remotely only through the Buyer's VPN, after approval of each session by the Buyer's IT officer; every session is logged. Buyer Data shall not be transferred outside mainland China.
P:11.3 The Supplier shall notify the Buyer of any security incident affecting Buyer Data within twelve (12) hours, shall assist in containing it, and shall be liable for all losses caused by an incident attributable to the Supplier.
H:Article 12 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Contract, including production figures and pond layouts, and shall not disclose it to a third party without prior written consent. This obligation survives for five years after the end of this Contract.
H:Article 13 Delay Damages and Liability
P:13.1 If the Supplier fails to obtain the Installation Certificate within the periods in Articles 4.1 and 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price, except in case of fraud, gross negligence, personal injury or breach of Article 11 or 12.
H:Article 14 Subcontracting
P:The Supplier may not subcontract any part of the works without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor approved by the Buyer.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered items.
H:Article 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that the parties cannot settle amicably within thirty days shall be submitted to the Lianyungang Arbitration Commission for arbitration in Lianyungang.
H:Article 17 Final Provisions
P:This Contract is made in English in four originals, two for each party. It enters into force on signature by both parties. Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________ Chairman    For the Supplier: ____________________ Président
"""

# ---------------------------------------------------------------------------------------------------------------
# h175e04 — Chongqing hot-pot chain head office, managed IT + desktop support; provider on Inchmarnock, Scottish house
# style; "Clause N" + N.N; .txt
H175E04 = """MANAGED IT SERVICES AGREEMENT

between

INCHMARNOCK MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC713582) and having its registered office at North Farm, Isle of Inchmarnock, Argyll and Bute, PA20 0QB, Scotland (the "Provider")

and

CHONGQING HONGTANG HOT POT CATERING MANAGEMENT CO., LTD., a company established in the People's Republic of China and having its registered office at 18/F, Jiefangbei Plaza, Yuzhong District, Chongqing (the "Customer")

WHEREAS the Customer operates a chain of 146 hot-pot restaurants from its head office in Chongqing and wishes to outsource its service desk, desktop support and the management of its head-office infrastructure and restaurant IT to the Provider, and the Provider, which maintains a service team in Chongqing, has agreed to provide those services, the parties HAVE AGREED AND DO HEREBY AGREE as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement: "Charges" means the charges set out in Clause 5; "Customer Data" means all data of the Customer, its employees, restaurants and guests which the Provider accesses or processes in performing the Services, including point-of-sale records, membership data and personnel data; "Incident" means an unplanned interruption or reduction in the quality of an IT service; "Service Commencement Date" means the date of the Transition Acceptance Certificate; "Services" means the services described in Clause 3; "Working Day" means a day on which banks are open in Chongqing.

1.2 The headings are for convenience only and do not affect interpretation.

Clause 2 Term

2.1 This Agreement commences on the date of the last signature and, unless terminated earlier, continues for twenty-four (24) months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. Any extension shall be agreed in writing by both parties before the end of the Term.

Clause 3 Services

3.1 The Provider shall provide:
(a) a Mandarin-speaking service desk, reachable by telephone, WeChat and the self-service portal from 07:00 to 23:30 every day, with an on-call engineer at other times;
(b) desktop support for the 420 users at the head office and the central kitchen, including laptops, desktops, printers, mobile devices, software installation and user moves;
(c) management of the servers, storage, backup, firewalls, switches and Wi-Fi at the head office and its data room, including monitoring, patching and monthly capacity reports;
(d) remote support for the IT equipment of the restaurants, namely point-of-sale terminals, kitchen display screens, routers and guest Wi-Fi, and dispatch of field engineers in Chongqing where remote support fails; and
(e) IT asset management, including an accurate inventory of all hardware and software licences.

3.2 The Provider shall perform the Services with the skill and care of a competent provider of managed IT services and in accordance with ITIL practice.

Clause 4 Transition and Acceptance

4.1 The Provider shall complete the transition of the Services from the Customer's current arrangements within forty-five (45) days after signature of this Agreement.

4.2 Transition is accepted when: (a) all 420 users, all 146 restaurants and all head-office devices are recorded in the configuration database and checked against a physical sample of ten restaurants; (b) the Provider's monitoring covers every head-office server and every restaurant network link; (c) the runbooks and knowledge articles listed in Schedule 2 are delivered and approved by the Customer's IT manager; and (d) a shadow run of fourteen days shows every Incident handled within the service levels in Clause 6. When these criteria are met the Customer shall sign a Transition Acceptance Certificate. The start of live operation does not by itself constitute acceptance.

4.3 If the Transition Acceptance Certificate is not signed within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay, up to a maximum of CNY 68,000.

Clause 5 Charges and Payment

5.1 The Charges are as follows. They are stated in Renminbi at the Customer's request and include PRC value-added tax.

Service                                                        Volume                     Monthly charge (CNY)
Service desk and desktop support, head office                  420 users x CNY 65                    27,300
Server, storage and network management, head office            fixed                                  9,800
Remote IT support, restaurants                                 146 restaurants x CNY 120             17,520
Monthly Charge                                                                                       54,620

Monthly Charges for the Term: 24 x CNY 54,620 = CNY 1,310,880
Transition Fee (one-off): CNY 68,000
Total Charges: CNY 1,378,880

5.2 The Monthly Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls (pro rata). The Transition Fee is invoiced after the Transition Acceptance Certificate is signed. No Charges are payable in advance.

5.3 Invoices are payable within thirty (30) days of receipt. The Monthly Charge for the restaurants is adjusted each quarter, at the unit rate above, if the number of restaurants changes.

Clause 6 Service Levels and Service Credits

6.1 The Provider shall meet the following service levels:
(a) Priority 1 Incident (head-office network, ERP access or the point-of-sale service of five or more restaurants unavailable): response within fifteen (15) minutes and restoration within three (3) hours;
(b) Priority 2 Incident (a single restaurant unable to trade, or a service degraded for many users): response within thirty (30) minutes and restoration within eight (8) hours;
(c) Priority 3 Incident or service request: response within one Working Day and completion within three Working Days;
(d) availability of the head-office network: 99.95% in each month, excluding agreed maintenance windows.

6.2 If the Provider misses the response or restoration time of a Priority 1 Incident, it shall credit five per cent (5%) of the Monthly Charge for each such Incident; if the availability in Clause 6.1(d) is not met in a month, it shall credit ten per cent (10%) of that month's Monthly Charge. Service credits are deducted from the next invoice and do not limit the Customer's other rights.

6.3 The Provider shall report its performance against the service levels each month and attend a monthly service review with the Customer.

Clause 7 Customer Data and Security

7.1 Customer Data is and shall remain the property of the Customer. The Provider shall process Customer Data only to perform the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.

7.2 The Provider shall maintain an information security management system certified to ISO/IEC 27001, shall give access to Customer Data only to named personnel based in mainland China, shall use individual accounts with multi-factor authentication for all privileged access, and shall not copy Customer Data to any device or location not approved by the Customer.

7.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer of any security incident affecting Customer Data within eight (8) hours of becoming aware of it, shall cooperate fully in its investigation and remediation, and shall indemnify the Customer against losses, fines and costs arising from any incident caused by its breach of this Clause 7.

Clause 8 Confidentiality

8.1 Each party shall keep secret the confidential information of the other party, including the Customer's recipes, supplier prices, sales figures and membership data, and shall not disclose it to any third party without the other party's prior written consent, save to professional advisers bound by a duty of confidence or where required by law.

8.2 This Clause 8 survives termination for five (5) years.

Clause 9 Intellectual Property

9.1 The Provider's tools, know-how and pre-existing materials remain its property.

9.2 All runbooks, scripts, configurations, knowledge articles and reports prepared by the Provider specifically for the Customer belong to the Customer, which may use, modify and share them with any successor provider without restriction.

Clause 10 Subcontracting

The Provider shall not subcontract any part of the Services without the prior written consent of the Customer, and shall remain responsible for the acts and omissions of any approved subcontractor.

Clause 11 Liability

11.1 Neither party excludes or limits liability for death or personal injury caused by its negligence, for fraud or for breach of Clause 7 or 8.

11.2 Subject to Clause 11.1, the total liability of the Provider under or in connection with this Agreement is limited to one hundred and fifty per cent (150%) of the Total Charges.

Clause 12 Termination

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within thirty (30) days after written notice specifying the breach, or if the other party becomes insolvent.

12.2 The Customer may also terminate this Agreement by written notice if Priority 1 service levels are missed in three consecutive months.

Clause 13 Exit

On expiry or termination the Provider shall, for up to sixty (60) days and at the rates in Clause 5, assist the Customer or its new provider to take over the Services, hand over all Customer Data, runbooks and passwords, and then securely delete any Customer Data it still holds and confirm this in writing.

Clause 14 Governing Law and Jurisdiction

14.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of INCHMARNOCK MANAGED SERVICES LIMITED
at ______________ on ______________ 2026 by ____________________, Director, before this witness: ____________________

Subscribed for and on behalf of CHONGQING HONGTANG HOT POT CATERING MANAGEMENT CO., LTD.
at Chongqing on ______________ 2026 by ____________________, Legal Representative, before this witness: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h175e05 — Shanxi vinegar exporter, export-declaration API subscription + integration; vendor on Sa Conillera
# (Ibiza), Spanish house style; "FIRST.- HEADING" + N.N; .txt
H175E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT FOR THE DECLARAAPI EXPORT SERVICE

In Taiyuan and in Sant Josep de sa Talaia, on ____ __________ 2026.

BY AND BETWEEN

On the one hand, CONILLERA TRADE DATA, S.L., a Spanish limited liability company with registered office at Illa de sa Conillera s/n, 07839 Sant Josep de sa Talaia (Balearic Islands), Spain, holder of tax identification number B-57993412, registered in the Commercial Registry of Ibiza, Volume 412, Folio 88, Sheet IB-19127, represented by Mr Joan Marí Torres, acting as sole director (hereinafter, the "Vendor").

On the other hand, SHANXI JINFENG MATURE VINEGAR IMPORT AND EXPORT CO., LTD., a company established in the People's Republic of China with registered office at No. 3 Meiyuan Street, Qingxu County, Taiyuan, Shanxi Province, represented by its legal representative (hereinafter, the "Customer").

The Vendor and the Customer (each a "Party") acknowledge each other's legal capacity to enter into this contract and, to that end,

STATE

I. That the Vendor operates DeclaraAPI Export, an application programming interface service which validates shipment data, proposes tariff classifications, generates the data sets for the export declaration submitted through the China International Trade Single Window and for the entry summary declarations required in the European Union, and tracks their status.

II. That the Customer exports mature vinegar, aged vinegar and vinegar beverages from Shanxi to the European Union, the United Kingdom and Southeast Asia, and wishes to connect its enterprise resource planning system (Kingdee K/3 Cloud) and its customs broker to DeclaraAPI Export.

III. That, in view of the foregoing, the Parties agree to enter into this contract (the "Contract"), which shall be governed by the following

CLAUSES

FIRST.- PURPOSE

1.1 The Vendor shall (a) grant the Customer access to DeclaraAPI Export (the "Service") for the Term; and (b) build and commission the integration between the Customer's ERP system, its customs broker and the Service (the "Integration"), including the mapping of the Customer's 38 product lines to tariff codes, the generation of packing and origin data, and the return of declaration status to the ERP system.

1.2 The functional scope of the Service and of the Integration is described in Annex I.

1.3 The Service does not replace the Customer's customs broker, which remains responsible for lodging the export declarations under its own customs registration.

SECOND.- TERM

2.1 The Contract enters into force on the date of signature. The subscription runs for twenty-four (24) months from the date of the Integration Acceptance Certificate (the "Term").

2.2 The Contract shall expire at the end of the Term. It may only be extended by a written agreement signed by both Parties, at the fees agreed in that agreement.

THIRD.- PRICE

3.1 At the Customer's request, all prices are stated in Renminbi (CNY) and include PRC value-added tax.

Item                                                          Basis                          Amount (CNY)
Subscription to DeclaraAPI Export (up to 1,200 declarations   CNY 14,500 per month
per month)                                                    x 24 months                         348,000
Integration (ERP connector, broker interface, tariff mapping, fixed price                         96,000
testing, training)
Total Contract Price                                                                               444,000

3.2 Declarations above 1,200 in a month are charged at CNY 12 each. This usage charge is not included in the Total Contract Price.

FOURTH.- PAYMENT

4.1 Within ten (10) days after signature of the Contract, the Customer shall pay the Vendor an advance of CNY 183,000, corresponding to the Integration price in full (CNY 96,000) and the subscription fees for the first six months of the Term (CNY 87,000).

4.2 From the seventh month of the Term, the subscription fee shall be invoiced monthly in arrears and paid within thirty (30) days of the invoice date.

4.3 Payments shall be made by bank transfer to the Vendor's account in mainland China indicated in Annex II.

FIFTH.- INTEGRATION AND ACCEPTANCE

5.1 The Vendor shall complete the Integration and request acceptance within sixty (60) days after signature of the Contract.

5.2 The Customer shall give the Vendor timely access to a test environment of its ERP system, provide sample shipment data for each product line and destination, and appoint a contact person. Delays caused by the Customer extend the period in clause 5.1 accordingly.

5.3 The Integration shall be accepted when: (a) fifty test shipments covering all product lines and destinations are processed in the test environment without error; (b) twenty live export declarations are accepted by the Single Window without manual correction of the data generated by the Service; (c) the declaration status is returned to the ERP system for every live shipment within ten minutes; and (d) the Customer's logistics staff have received the training described in Annex I.

5.4 When the criteria in clause 5.3 are met, the Parties shall sign an Integration Acceptance Certificate. The use of the Service for live shipments before that certificate is signed shall not be deemed acceptance.

5.5 If the Integration Acceptance Certificate cannot be signed within the period in clause 5.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 400 for each day of delay, up to eight per cent (8%) of the Total Contract Price.

SIXTH.- SERVICE LEVELS

6.1 The Vendor undertakes that the Service shall be available 99.95% of each calendar month, excluding maintenance announced five days in advance and performed on Sundays between 02:00 and 06:00 China time.

6.2 A Severity 1 incident (the Service is unavailable, or declarations are rejected because of an error of the Service) shall be responded to within one (1) hour and resolved within six (6) hours. Other incidents shall be responded to within one business day.

6.3 If availability in a month is below the level in clause 6.1, the Vendor shall credit five per cent (5%) of that month's subscription fee, and ten per cent (10%) if it is below 99.5%. Each Severity 1 incident not responded to within the time in clause 6.2 gives rise to a further credit of CNY 500. Credits are deducted from the following invoices.

6.4 The Vendor shall send the Customer a monthly report showing availability, incidents and their resolution times.

SEVENTH.- CUSTOMER DATA

7.1 The shipment data, product data, declaration data, documents and any other information uploaded by or for the Customer ("Customer Data") are and shall remain the property of the Customer.

7.2 The Vendor shall use Customer Data solely to provide the Service and shall not sell, assign or otherwise make it available to third parties, other than the customs and port authorities to which declarations are submitted on the Customer's instruction.

7.3 On expiry of the Contract the Vendor shall deliver all Customer Data to the Customer in a structured, commonly used format within thirty (30) days.

EIGHTH.- CONFIDENTIALITY

8.1 Each Party shall keep confidential all information of the other Party to which it has access by reason of the Contract, in particular prices, customers, volumes and technical information, and shall not disclose it to third parties without the prior written consent of the other Party.

8.2 This obligation shall remain in force for three (3) years after the end of the Contract.

NINTH.- INTELLECTUAL PROPERTY

9.1 The Service, its software and its tariff knowledge base are the property of the Vendor. The Customer receives a non-exclusive right to use them during the Term.

9.2 The ERP connector, the broker interface, the tariff mapping of the Customer's products and the related documentation developed for the Customer belong to the Customer, which may use, modify and license them freely. The Vendor shall deliver their source code with the Integration Acceptance Certificate.

TENTH.- SUBCONTRACTING

10.1 The Vendor may not assign the Contract or subcontract any part of the Service or of the Integration without the prior written consent of the Customer.

10.2 The hosting provider named in Annex II is approved by the Customer on signature of the Contract. Any change of hosting provider requires the Customer's prior written consent.

ELEVENTH.- LIABILITY

11.1 Neither Party shall be liable for loss of profit or indirect damages, except in case of wilful misconduct or gross negligence.

11.2 The total liability of the Vendor under the Contract is limited to one hundred and fifty per cent (150%) of the Total Contract Price.

TWELFTH.- TERMINATION

12.1 Either Party may terminate the Contract by written notice if the other Party breaches a material obligation and does not remedy the breach within thirty (30) days after being required to do so in writing.

12.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the part of the advance that corresponds to months not yet served.

THIRTEENTH.- GOVERNING LAW AND DISPUTES

13.1 This Contract is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from the Contract shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan, in accordance with its rules in force at the time of the application. The Parties expressly waive any other forum that may correspond to them.

FOURTEENTH.- NOTICES AND LANGUAGE

14.1 Notices shall be made in writing in English or Chinese to the addresses stated above, or by e-mail with acknowledgement of receipt.

14.2 This Contract is executed in English.

And in witness whereof, the Parties sign this Contract in duplicate and to a single effect, at the places and on the date first written above.

For the Vendor: ____________________            For the Customer: ____________________
Mr Joan Marí Torres, Sole Director              Legal Representative

Annex I - Scope of the Service and of the Integration
Annex II - Hosting provider and bank details
"""

# ---------------------------------------------------------------------------------------------------------------
TEXT_FILES = {"h175z01_hrss_bureau_employment_service_platform.txt": H175Z01,
              "h175z03_art_school_chain_scheduling_billing_saas.md": H175Z03,
              "h175z05_sausage_maker_wms_supplier_template.md": H175Z05,
              "h175e02_hot_spring_resort_booking_saas_order_form.md": H175E02,
              "h175e04_hot_pot_chain_managed_it_desktop_support.txt": H175E04,
              "h175e05_vinegar_exporter_declaration_api_subscription.txt": H175E05}

SOURCES = {"h175z02": H175Z02, "h175z04": H175Z04, "h175e01": H175E01, "h175e03": H175E03}
TARGETS = {"h175z02": ("h175z02_cable_plant_spark_tester_diameter_gauge_supply.docx", "docx"),
           "h175z04": ("h175z04_housing_fund_centre_business_system_annual_om.pdf", "pdf"),
           "h175e01": ("h175e01_vacuum_flask_leak_test_software_licence.pdf", "pdf"),
           "h175e03": ("h175e03_salt_pan_brine_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    for name, text in TEXT_FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
