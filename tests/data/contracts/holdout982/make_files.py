"""holdout982: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built with ../word_pdf.py (PDF broken at word boundaries). Labels are written from LABELS below; the expected rules are
derived from the labels with this folder's reading of policy section 3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:企业开办“一网通办”平台软件许可及定制开发采购合同
P:合同编号：SCJG-ZC-2027-018　　采购方式：公开招标
P:甲方（采购人）：某市市场监督管理局
P:乙方（供应商）：某某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就企业开办“一网通办”平台软件许可及定制开发项目，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供企业开办“一网通办”平台软件的永久使用许可，平台包括设立登记、公章刻制、发票申领、员工参保登记、住房公积金开户、银行预约开户六个业务模块，许可范围为甲方及其所属各区（县）分局，不限用户数和服务器数量。
P:1.2 乙方按甲方需求说明书完成定制开发，内容包括：与省级登记注册系统、税务、人力资源社会保障、公安印章治安管理系统及六家合作银行的数据接口；电子营业执照及电子印章调用；企业开办全流程进度看板；移动端申报页面及“帮办代办”功能。
P:1.3 乙方负责系统部署、存量数据迁移、联调测试、试运行保障及培训，并在最终验收前交付全部技术文档、接口说明及定制部分源代码。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有同类政务平台实施经验，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零肆万元整（¥2,040,000），为固定总价，已包含税费及乙方完成本合同所需的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久）|1,160,000
TB:2|定制开发（接口及功能）|736,000
TB:3|部署实施及数据迁移|118,000
TB:4|培训|26,000
TB:合计||2,040,000
P:2.2 合同履行期间，除甲方书面确认的需求变更外，合同价款不作调整。需求变更涉及费用的，双方按投标报价中的人天单价另行书面确认。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币408,000元。
P:3.2 系统上线并通过初步验收后十五个工作日内，甲方支付合同总价的45%，计人民币918,000元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，计人民币714,000元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。甲方按财政国库集中支付程序办理付款，因财政审核造成的合理时间延后不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后九十日内完成部署和定制开发并申请上线试运行，试运行期为六十日。
P:4.2 乙方应每周向甲方提交项目进度报告；预计可能延误的，应提前书面说明原因及补救措施，但不因此免除其违约责任。
P:4.3 甲方应及时提供需求确认意见、接口对接所需的协调函件及测试环境；因甲方原因导致延误的，工期相应顺延，但乙方应在延误发生后三日内书面提出。
P:4.4 乙方应为甲方业务人员、窗口人员及系统管理员分别组织培训，培训合格后方可上线。
H:第五条 验收
P:5.1 初步验收在上线后进行，验收标准为：招标文件及本合同约定的全部功能逐项测试通过；各接口连续十个工作日数据交换准确、无丢失、无重复；在八百个并发用户下，页面平均响应时间不超过2秒。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期内未发生一级故障；第三方机构出具的安全测评报告及商用密码应用安全性评估报告无高风险问题；技术文档、源代码及操作手册完整移交。
P:5.3 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，如甲方继续采购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过人民币104,400元，该价格在质保期满后的两个年度内保持不变，由双方另行签订维护合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 一级故障（平台整体不可用或核心业务无法办理）乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应、次日内解决；三级问题在3个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超过一小时向甲方支付服务违约金人民币1,000元；月度可用率每低于约定值0.01个百分点，乙方支付违约金人民币2,000元。
P:7.4 乙方应每月向甲方提交运行服务报告，列明可用率、故障次数及处理情况，作为计算上述违约金的依据。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、功能模块、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再许可。乙方保证甲方的使用不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业登记数据、申请材料、证照及日志等全部数据归甲方所有。乙方仅为履行本合同处理数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应落实网络安全等级保护三级要求，运维操作须经堡垒机审计，生产数据不得导出至甲方网络以外。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
P:9.3 乙方人员须签署保密及数据安全承诺书，并接受甲方或其委托机构的安全检查。合同终止时，乙方应移交其掌握的全部甲方数据并销毁副本，出具书面销毁证明。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、企业信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应负责免费整改；整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在十日内移交已完成的成果、文档和数据，并配合甲方完成系统切换。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

Z02 = """T:消毒柜生产线控制系统改造合同
P:合同编号：XDG-GZ-2027-006
P:甲方：某某电器制造有限公司
P:乙方：某某自动化工程有限公司
P:甲方委托乙方对其消毒柜总装一线、总装二线、钣金冲压线及老化测试线共四条生产线的控制系统进行改造，双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 将四条生产线原有继电器控制柜及老旧PLC控制柜更换为新型PLC控制系统，配置触摸屏人机界面、伺服驱动及安全光幕。
P:1.2 老化测试线增加温度、臭氧浓度及紫外灯管功率的在线检测与自动判定，测试结果自动上传甲方制造执行系统（MES）。
P:1.3 乙方负责控制程序定制开发、设备安装、接线调试、旧柜拆除、试生产保障及操作与维修培训，并提交电气图纸、程序备份及说明书。
P:1.4 改造期间乙方应保留原控制柜主要元器件，经甲方确认后再行拆除；拆除的旧设备归甲方所有，由乙方搬运至甲方指定仓库。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾贰万元整（¥1,520,000），含税及运输、安装、调试等全部费用，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|4套|548,000
TB:2|触摸屏人机界面|8台|96,000
TB:3|伺服驱动及电机|24套|312,000
TB:4|安全光幕及急停回路|16套|88,000
TB:5|老化测试在线检测单元|2套|196,000
TB:6|产线监控及MES接口软件许可|1套|80,000
TB:|软硬件小计||1,320,000
TB:7|控制程序定制开发|1项|84,000
TB:8|安装调试及旧柜拆除|1项|96,000
TB:9|培训|1项|20,000
TB:|合计||1,520,000
P:2.2 乙方报价已包含设备运输、保险、装卸、安装辅材及调试期间的差旅费用，甲方不再另行支付其他费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%，计人民币304,000元。
P:3.2 设备全部到货并经甲方签收后十个工作日内，支付合同总价的35%，计人民币532,000元。到货签收仅确认数量和外观，不构成验收。
P:3.3 四条生产线全部通过最终验收后十五个工作日内，支付合同总价的45%，计人民币684,000元。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成全部设备到货，并利用甲方安排的停线窗口逐线改造，每条线停线时间不超过五日。
P:4.2 全部改造应在合同签订后一百二十日内完成。甲方应按约定提供停线窗口、施工电源和场地。
P:4.3 乙方应在每条线改造前五日提交停线改造方案，包括人员安排、施工步骤、回退预案和安全措施，经甲方生产部门书面确认后实施。改造后如无法按时恢复生产，乙方应立即执行回退预案，恢复原系统运行。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产七日，单线验收标准：生产节拍达到每小时一百二十台；控制系统无非计划停机；老化测试线抽检二百台，自动判定结果与人工复检逐台一致；检测数据上传MES完整无遗漏；安全光幕及急停回路功能测试全部合格。
P:5.2 四条线均通过单线验收后，由双方共同组织最终验收并签署验收报告。设备安装通电或投入试生产均不视为验收合格。
P:5.3 单线验收或最终验收不合格的，乙方应在七日内整改并重新申请验收。乙方应在最终验收时移交电气图纸、PLC程序及组态工程文件的最终版本和备份介质。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，维保费按软硬件小计的26%每年计取，即每年人民币343,200元，该费用在质保期满后的四个年度内保持不变。
P:6.3 维保服务内容包括每季度一次预防性巡检、易损件更换、程序优化及远程诊断。维保服务合同由双方在质保期届满前另行签订，不自动续期。
P:6.4 质保期内同一部件出现三次以上同类故障的，乙方应免费更换为新品。
H:第七条 服务响应
P:7.1 一级故障（导致整条生产线停机）乙方应在1小时内远程响应，8小时内到场并恢复生产；二级故障（单台设备或单个工位异常）2小时内响应，24小时内处理完毕。
P:7.2 乙方未按时响应或恢复的，每超过一小时向甲方支付违约金人民币800元，甲方可从应付款项中直接扣除。
P:7.3 乙方应在甲方所在地储备常用备件，包括PLC模块、伺服驱动器及触摸屏各不少于两套，保证故障时能及时更换。
H:第八条 知识产权
P:8.1 为本项目定制开发的PLC控制程序、人机界面组态、检测判定逻辑及其源代码归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 产线监控软件平台本身的著作权归乙方，乙方授予甲方永久使用许可。
H:第九条 数据安全
P:9.1 生产数据、工艺参数及质量检测记录归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批并通过甲方指定的安全通道进行，不得在控制网络中安装未经甲方许可的软件，不得拷贝工艺参数。因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在2小时内报告甲方并承担赔偿责任。
P:9.3 项目结束后，乙方应将其保存的甲方工艺参数及程序备份全部交还甲方或予以删除。
H:第十条 保密
P:10.1 乙方对甲方的产品设计、工艺参数、产能及客户信息负有保密义务，该义务在合同终止后三年内仍然有效。乙方未经甲方书面同意，不得在对外宣传中使用甲方名称或产线照片。
H:第十一条 施工安全
P:11.1 乙方施工人员应遵守甲方厂区安全管理制度，执行停电挂牌上锁程序，特种作业人员持证上岗。因乙方原因发生的安全事故由乙方负责。
P:11.2 乙方施工期间应做好现场防护，不得损坏甲方其他设备和产品；造成损坏的，乙方应负责修复或照价赔偿。施工结束后乙方应清理现场，将废弃线缆及包装物运出厂区。
H:第十二条 培训
P:12.1 乙方应为甲方电气维修人员提供不少于三天的集中培训，内容包括PLC程序结构、人机界面操作、常见故障诊断和安全回路检查，并为操作工提供岗位操作培训。培训结束后由乙方出具培训记录，甲方维修人员应能独立完成常见故障处理。
H:第十三条 违约责任
P:13.1 乙方逾期交付设备或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:13.2 乙方提供的设备存在质量缺陷或与合同约定不符的，乙方应负责更换，由此导致交付延误的，按第13.1条支付违约金。
P:13.3 因乙方原因造成甲方停线时间超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
H:第十四条 分包
P:14.1 乙方可将电气安装、线槽敷设等辅助施工分包给具备相应资质的施工单位，但应在进场前三日书面告知甲方，并对分包单位的施工质量和安全承担责任。
H:第十五条 合同解除
P:15.1 乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:15.2 合同解除的，乙方应退还甲方已支付但未履行部分的款项，已安装设备的拆除费用由乙方承担。
H:第十六条 法律适用及争议解决
P:16.1 本合同适用中华人民共和国法律。双方发生争议应协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、停线改造计划、验收方案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """门店预约及会员管理系统（SaaS）订阅与实施服务合同

合同编号：YYJ-IT-2027-011
甲方：某某英语角文化传播有限公司（以下简称“甲方”，旗下直营门店30家）
乙方：某某云软件有限公司（以下简称“乙方”）

甲方拟为其全部直营门店统一启用线上预约及会员管理系统，乙方同意以软件即服务方式提供该系统及相关实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方通过其“约课云”平台，为甲方30家门店提供课程预约、排课、外教档期、会员卡及课时包管理、积分、储值、消息通知和经营报表服务，包括门店管理端账号及会员微信小程序端。平台支持中英文双语界面，会员可通过小程序查看外教介绍、课程评价及剩余课时。
（二）实施服务。
1. 门店、教室、外教、课程及价格体系的基础数据配置；
2. 原会员系统约一万八千名会员的资料、储值余额及剩余课时迁移；
3. 微信小程序品牌页面配置及与甲方公众号的对接；
4. 门店店长、前台及外教排课人员培训，提供操作手册和培训视频；门店新员工的线上培训在服务期内持续提供。
（三）客户成功服务。乙方为甲方指定专属客户成功经理一名，负责日常对接、需求收集及每季度服务回顾。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自实施验收合格并正式上线之日起算，第二服务年度紧接第一服务年度。
（二）甲方在服务期内新增门店的，按本合同同一单价按月折算计费。
（三）服务期内平台新版本功能向甲方免费开放，乙方不得因版本升级另行收费；涉及甲方业务流程变化的升级，应提前十日通知甲方并提供说明。
（四）服务期内甲方关闭门店的，自关闭次月起停止计收该门店订阅费。

三、费用与支付
（一）费用构成：
1. 订阅费：每家门店每服务年度人民币6,800元，30家门店每服务年度合计人民币204,000元，两个服务年度合计人民币408,000元；
2. 实施费：人民币56,000元，一次性支付；
3. 合同总额：人民币464,000元（含税）。
（二）支付方式：
1. 实施费于实施验收合格后十个工作日内支付；
2. 每一服务年度的订阅费于该服务年度开始后十五日内支付；
3. 本合同不设预付款，乙方收款前应开具增值税专用发票。
（三）订阅单价在本合同约定的两个服务年度内固定不变；实施费已包含乙方人员实施期间的差旅费用，甲方不另行承担。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施并提交验收申请。
（二）验收标准：
1. 30家门店基础数据配置完整，经甲方抽查无误；
2. 会员资料、储值余额及剩余课时迁移结果与原系统逐项核对一致；
3. 小程序预约、取消、候补、签到及课时扣减流程测试全部通过；
4. 在三百名会员同时预约时，页面响应时间不超过3秒；
5. 经营报表与原系统同期数据核对无差异。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统上线使用不视为验收合格；验收未通过的，乙方应在十日内整改并重新申请验收。
（四）实施期间乙方应安排实施顾问到甲方总部现场工作不少于十个工作日，并对首批五家门店进行上线现场辅导。
（五）验收通过后，双方签署实施验收单，作为实施费支付及第一服务年度起算的依据。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在夜间并提前三日通知甲方。
（二）一级故障（平台或小程序无法预约、无法签到）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，次日内解决；一般咨询在一个工作日内答复。
（三）月度可用率低于承诺值的，每低于0.1个百分点，按当月应计订阅费的2%给予服务抵扣；故障响应超时的，每次抵扣人民币300元。抵扣从下一期订阅费中扣除。
（四）乙方提供工作日九时至二十一时的在线客服及电话支持，周末及节假日安排值班人员，确保门店营业时间内的问题能够及时处理。
（五）乙方应在每日营业结束后对甲方数据进行全量备份，备份保留不少于三十日，数据恢复点目标不超过一小时。
（六）乙方应每月向甲方提交服务报告，列明可用率、故障次数、响应及恢复时间和服务抵扣金额。

六、数据
（一）甲方会员信息、预约记录、消费及储值数据归甲方所有。
（二）乙方可对上述数据进行去标识化处理后，用于乙方产品改进、行业分析报告及向其他客户提供的经营基准对比服务，该项使用在本合同终止后仍可继续。
（三）数据安全：乙方应按照《个人信息保护法》《数据安全法》的要求，采取加密存储、访问控制、操作日志留存等措施，平台部署于境内云服务器；发生个人信息泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其过错造成的全部损失。
（四）合同终止后三十日内，乙方应将甲方数据以通用格式完整导出交付甲方，并在甲方确认后删除其保存的甲方数据。
（五）乙方应在每个服务年度至少进行一次渗透测试，并将结果摘要提供给甲方；会员通过小程序提交的个人信息，乙方应按甲方制定的隐私政策处理，不得向会员推送与甲方无关的营销信息。

七、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。乙方参与本项目的人员应签署保密承诺书。本条在合同终止后继续有效。

八、知识产权
（一）“约课云”平台的著作权及其他知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、报表模板及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证平台及其提供的素材不侵犯任何第三方的知识产权；因侵权引起的索赔，由乙方负责处理并承担全部费用。

九、违约责任
（一）乙方未按期完成实施的，每逾期一日按合同总额的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条第（三）项造成会员信息泄露的，除承担赔偿责任外，甲方有权解除合同。
（三）乙方未按第五条提供服务的，除按该条给予服务抵扣外，不免除其继续履行的义务。
（四）甲方逾期支付费用的，应按同期贷款市场报价利率向乙方支付逾期利息。

十、续期
（一）服务期满前三十日内任何一方未书面提出不再续期的，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方有权按其届时公布的价格目录调整订阅单价，并应提前十五日通知甲方。

十一、分包
乙方不得将本合同项下服务转包；如需将部分实施工作分包，须事先取得甲方书面同意。经同意分包的，乙方仍对分包部分向甲方承担全部责任。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。
（二）任何一方进入破产程序的，另一方可书面通知解除本合同。
（三）合同终止时，乙方应按第六条第（四）项交付数据，并为甲方切换其他系统提供不少于三十日的只读访问。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、其他
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：门店清单、实施计划。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
签订日期：2027年　月　日
"""

Z04 = """垃圾焚烧飞灰处置监管系统年度运维服务合同

项目编号：STHJ-CS-2027-004（竞争性磋商）
甲方（采购人）：某市生态环境局
乙方（成交供应商）：某某环境信息技术有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就垃圾焚烧飞灰处置监管系统年度运维服务事项，订立本合同。

第一条 项目概况
（一）垃圾焚烧飞灰处置监管系统覆盖全市三座生活垃圾焚烧发电厂，对飞灰的产生、螯合固化、暂存、转运及填埋实行全过程监管，包括地磅称重数据采集、重点点位视频监控、电子转移联单、运输车辆定位轨迹及异常预警等功能。
（二）系统部署于甲方政务云，前端设备包括摄像机八十六路、地磅接口六处、车载定位终端十四台。
（三）本系统于2025年建成投入使用，本合同为系统建成后的运维服务采购。

第二条 服务内容
（一）日常运行监控：每日巡检系统运行状态、数据接入情况和预警处理情况，形成巡检记录。
（二）故障处理：负责软件、接口及前端设备故障的诊断与修复。
（三）数据核查：每周将称重数据与电子联单、车辆轨迹进行比对，发现异常及时报告甲方。
（四）软件维护：负责漏洞修补、功能缺陷修复及政务云环境变化引起的适配。
（五）前端设备维护：负责摄像机、地磅接口、车载终端的检修，单价二千元以下的备件由乙方承担；前端设备损坏需整机更换的，乙方应提出更换建议，经甲方同意后由甲方另行采购。
（六）驻场服务：安排一名驻场工程师在工作日驻甲方办公，节假日安排远程值守。
（七）报告：每月提交运维月报，内容包括系统运行情况、故障统计、数据核查结果、预警处置情况及改进建议；服务期末提交年度运维总结。
（八）应急保障：在重大活动、环保督察等特殊时段，乙方应按甲方要求增派技术人员现场值守，相关费用已包含在合同价款中。
（九）系统优化：根据甲方监管需要，每季度对统计报表和预警规则进行不超过十人天的优化调整。
（十）技术支持：为甲方及各焚烧厂操作人员提供系统使用咨询和培训，每季度至少组织一次集中培训。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方根据需要另行组织采购。服务期开始前，乙方应完成与原运维单位的交接，核对系统资产、账号、文档和遗留问题清单，并经甲方确认。

第四条 服务费用
本合同服务费为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包含人工、差旅、备件、工具及税费等全部费用，并包含服务期内系统所需的软件补丁、病毒库更新及运维工具费用；政务云资源费用由甲方另行承担。

第五条 付款方式
服务费按季度支付。每季度结束后，经甲方季度考核合格，甲方在十五个工作日内支付当季服务费人民币146,500元。乙方应于付款前开具合法发票。

第六条 服务要求
（一）系统年度可用率不低于99.95%。
（二）一级故障（系统整体无法访问、称重数据中断或视频监控大面积离线）乙方应在30分钟内响应，3小时内恢复；二级故障（单厂数据异常或单路视频离线）1小时内响应，8小时内修复；三级问题在3个工作日内解决。
（三）乙方应建立运维台账，对每次故障记录发现时间、响应时间、处理过程及恢复时间。
（四）一级故障超过2小时未恢复的，乙方技术负责人应到场指挥处置，并在故障恢复后向甲方提交书面故障报告，说明原因和防范措施。
（五）乙方应每月进行一次数据备份恢复演练，每半年配合甲方开展一次网络安全应急演练。
（六）乙方应配合甲方做好等级保护测评、密码应用评估及上级部门检查工作，并按要求整改发现的问题。

第七条 考核
（一）甲方每季度对乙方的服务进行考核，考核内容包括系统可用率、故障响应及修复时效、数据核查质量、驻场出勤和报告提交情况。
（二）考核结果记入乙方履约档案，作为甲方后续采购时评价供应商的参考。考核不合格的，乙方应在十日内提交整改方案。
（三）考核采用百分制，评分细则见附件二；季度考核得分低于七十分的为不合格。

第八条 年度验收
服务期满后十五个工作日内，甲方组织年度验收。验收标准为：全年可用率及故障时效达到第六条要求；运维台账、巡检记录和月报齐全；数据核查发现的问题均已闭环；系统文档及配置资料已更新并移交甲方。年度验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方可将有关情况报送财政部门并记入供应商履约记录。验收合格后，双方签署年度验收报告。

第九条 数据安全
（一）乙方应遵守《网络安全法》《数据安全法》及等级保护要求，运维操作须通过甲方堡垒机进行并留存审计日志，不得将系统数据导出至政务云以外。
（二）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成损失的，由乙方承担赔偿责任。
（三）系统中的监管数据、视频、联单及日志全部归甲方所有，乙方仅为提供运维服务使用，不得用于其他目的。
（四）服务期满或合同解除时，乙方应交回全部账号权限，移交运维资料，删除其保存的系统数据及备份，并出具书面确认。
（五）乙方不得在运维终端上存储监管数据，运维终端应安装甲方指定的终端安全软件。

第十条 保密
乙方及其人员对履行本合同过程中知悉的监管数据、企业信息及甲方工作秘密负有保密义务，服务期满后仍应继续保密。乙方人员应签署保密承诺书。乙方不得利用监管数据从事与本合同无关的活动，不得接受被监管企业的任何委托或馈赠。

第十一条 知识产权
运维期间乙方为甲方编写的脚本、报表、配置文件及技术文档归甲方所有。乙方保证其使用的运维工具及软件不侵犯第三方知识产权。

第十二条 人员要求
（一）乙方应成立运维服务小组，包括项目负责人一名、驻场工程师一名、软件工程师二名、前端设备工程师二名，人员名单及资质证明作为本合同附件。
（二）乙方更换项目负责人或驻场工程师的，应提前十日书面报告甲方并经甲方同意，新人员的能力不得低于原人员。
（三）乙方人员进入焚烧厂区，应遵守厂区安全管理规定，佩戴安全防护用品。

第十三条 甲方义务
甲方应为驻场人员提供办公场所、网络接入及必要的系统账号，协调各焚烧厂配合乙方开展前端设备检修，并按约定支付服务费。

第十四条 违约责任
乙方违反本合同约定的，应当继续履行并采取补救措施；因乙方原因给甲方造成损失的，乙方应依法承担赔偿责任。

第十五条 分包
乙方不得将本合同项下服务分包或转包给任何第三方。

第十六条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。
（二）因不可抗力致使合同目的无法实现的，双方均可解除本合同。
（三）合同解除后，乙方应配合甲方完成运维交接，交接期不少于十五日。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十八条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同未尽事宜，按磋商文件及相关法律法规执行。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# “锻迹”工序追溯管理软件许可及定制开发合同

> 乙方标准合同文本 HJ-STD-V3.2　　合同编号：HJ-2027-0147

甲方：某某打铁工作室（经营手工锻造刀具及铁艺制品）

乙方：某某软件科技有限公司

甲方拟使用乙方“锻迹”工序追溯管理软件，并委托乙方进行定制开发。双方本着平等自愿的原则，经协商一致，订立本合同。甲方确认已充分阅读并理解本合同全部条款，特别是第五条、第七条及第十一条，乙方已应甲方要求对上述条款作出说明。

## 第一条 合同标的

1.1 乙方向甲方提供“锻迹”工序追溯管理软件V3.0的使用许可，许可范围为甲方工作室内部，用户账号十个。

1.2 定制开发内容：锻造工序（下料、加热、锻打、淬火、回火、开刃、抛光）扫码报工；每件产品唯一编号及追溯二维码；定制订单管理；微信小程序追溯查询页；师傅计件工资统计报表。

1.3 乙方负责在甲方电脑及乙方提供的云服务器上部署软件，并对甲方人员进行操作培训。

1.4 本合同所称定制开发，以乙方出具并经甲方签字的《需求确认单》为准；需求确认单以外的功能不属于本合同范围。

1.5 软件部署在乙方指定的云服务器上，云服务器租用费由甲方按云服务商价格另行承担。小程序追溯查询页由乙方注册的小程序承载，页面底部标注“技术支持：锻迹”。

1.6 软件支持电脑端及安卓、苹果手机端使用，工作室师傅可通过手机扫码报工。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “锻迹”软件使用许可 | 68,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 部署及培训 | 22,000 |
| | 合计 | 186,000 |

合同总价为人民币壹拾捌万陆仟元整，含税。甲方增加定制需求的，费用另计。上述价款不包括扫码枪、标签打印机及标签耗材，甲方可自行采购或委托乙方代购。如甲方需开具增值税专用发票，税费差额由甲方承担。

## 第三条 付款方式

3.1 合同签订后三个工作日内，甲方支付合同总价的65%，即人民币120,900元，作为预付款。乙方收到预付款后开始开发工作。

3.2 软件部署上线后五个工作日内，甲方支付合同总价的35%，即人民币65,100元。

3.3 甲方未按约定付款的，乙方有权暂停开发、部署或技术支持，工期相应顺延。

3.4 乙方收到款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到预付款后六十个工作日内完成部署上线。

4.2 因甲方未及时提供工序资料、产品照片或确认需求导致延误的，交付时间相应顺延。

4.3 乙方交付内容为可运行的软件系统及操作手册电子版，不包括源代码。需求确认后甲方提出修改的，乙方有权重新评估工期及费用。

4.4 乙方上线前在测试环境中向甲方演示主要功能，演示不作为验收程序。

## 第五条 验收

5.1 软件在甲方部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后七日内未提出书面异议的，视为甲方认可全部交付成果。

5.3 甲方在上线后因需求变化提出的修改，不影响验收结论，乙方可按新增需求另行报价。

## 第六条 技术支持与维护

6.1 自软件上线之日起六个月内为免费维护期。免费维护期内，乙方通过电话、微信或远程方式提供技术支持，并尽合理努力解决甲方反映的问题。

6.2 免费维护期满后，甲方如需继续获得技术支持及软件升级，维护费按乙方届时公布的收费标准另行收取。

6.3 因甲方自行修改数据库、误操作或电脑故障导致的问题，不属于免费维护范围。

6.4 免费维护期内乙方的技术支持时间为工作日九时至十八时，其他时间提出的问题顺延至下一工作日处理。软件版本升级由乙方统一安排，乙方有权根据产品规划调整或下线部分功能。

6.5 乙方的维护服务不包括新增需求的开发、与其他系统的对接以及数据的批量修正。

6.6 乙方为甲方提供一次不超过半天的操作培训，培训人数不超过五人；额外培训按每人天人民币一千五百元另行收费。

6.7 免费维护期满后甲方未购买维护服务的，乙方不再提供任何技术支持，软件仍可继续使用，但乙方不保证其与新版操作系统或微信的兼容性。

## 第七条 知识产权

7.1 “锻迹”软件及本合同项下定制开发成果（包括源代码、二维码编码规则、报表模板及小程序页面）的知识产权均归乙方所有。

7.2 甲方仅获得在本工作室内部使用上述成果的非独占、不可转让的许可，不得修改、反编译，不得提供给任何第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

7.4 甲方如需获得定制开发部分的源代码，应另行与乙方协商并支付源代码授权费。

## 第八条 数据

8.1 甲方录入的订单、客户及工序数据归甲方所有，乙方仅为部署和维护目的访问，不用于其他任何目的。

8.2 乙方对云服务器上的数据采取账号口令管理、每日备份和传输加密等安全措施；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方应自行定期导出并备份重要数据。因不可抗力、云服务商故障或第三方攻击导致的数据丢失，乙方不承担责任。合同终止后，乙方保存甲方数据三十日，期满后删除。

## 第九条 保密

双方对在合作中知悉的对方商业秘密，包括甲方的锻造工艺、客户名单及乙方的软件技术资料，负有保密义务，未经对方书面同意不得向第三方披露。保密期限自本合同签订之日起至合同终止后三年止。

## 第十条 甲方义务

10.1 甲方应指定专人负责需求确认和资料提供，并为乙方部署提供必要的网络和电脑环境。

10.2 甲方应妥善保管账号口令，因账号口令泄露造成的损失由甲方承担。

10.3 甲方应按乙方提供的操作手册使用软件，不得自行修改数据库或安装与软件冲突的程序；甲方应在乙方要求的时间内确认需求和测试结果，逾期未确认的，视为确认。甲方应自行负责工作室内部网络和电脑的安全防护。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的累计赔偿责任（包括违约金）以人民币贰万元为限。

11.4 乙方对甲方的间接损失、利润损失及商誉损失不承担责任。因甲方提供的资料不准确或需求变更导致的延误，乙方不承担逾期责任。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方可书面通知解除本合同。合同因甲方原因解除的，甲方已支付的款项不予退还。

## 第十三条 不可抗力

因地震、火灾、洪水、疫情、政府行为、电信网络中断等不可抗力导致不能履行本合同的，受影响方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十五条 其他

双方通过本合同首页所列联系人、电话、电子邮箱和微信发送通知，以电子邮件或微信发送的，发送成功即视为送达。本合同附件包括《需求确认单》《报价单》，与本合同具有同等效力。本合同未尽事宜，以乙方官网公布的《用户服务协议》为准。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签字/盖章）：　　　　　　　乙方（盖章）：

日期：2027年　月　日"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. EMM-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Elk Mountain Metrology Software, Inc., a Colorado corporation with its principal office in Gunnison, Colorado, United States of America (the "Vendor").
P:The Buyer wishes to obtain a perpetual licence to the Vendor's statistical process control and gauge management software for its bearing plants, together with installation, configuration, interface development and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiGauge SPC suite, version 8, in object code, including the modules for statistical process control, gauge calibration records, measurement system analysis and supplier quality, and all updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, reports, inspection plan templates, data conversion scripts and other items developed by the Vendor specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all measurement results, part and gauge records, inspection plans and other data entered into or generated by the Software at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its internal business at its plants in Changzhou and Huai'an for up to 180 named users and 60 shop-floor measurement stations.
P:2.2 The Vendor shall install and configure the Software in the Buyer's data centre, develop interfaces to the Buyer's manufacturing execution system, its ERP system and 42 digital gauges and coordinate measuring machines, convert the legacy gauge records, and train the Buyer's quality engineers, inspectors and administrators.
P:2.3 Part of the services may be performed remotely from Gunnison, but configuration, testing and training at the plants shall be performed on site.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,728,000, inclusive of applicable Chinese taxes and of all travel and expenses of the Vendor's personnel, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Perpetual licence, QualiGauge SPC suite|1,260,000
TB:2|Installation, configuration and interface development|420,000
TB:3|Training|48,000
TB:|Total Contract Price|1,728,000
P:3.2 The licence fee in item 1 is the Licence Fee for the purpose of Article 7.
P:3.3 The Contract Price is fixed. Changes requested by the Buyer shall be agreed in a written change order before any additional charge is incurred.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 345,600) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 777,600) within 20 days after the Vendor has completed installation and configuration at both plants. Completion of installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 604,800) within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account of the Vendor's appointed agent in China named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 70 days after signature and shall apply for acceptance testing within 100 days after signature.
P:5.2 The acceptance tests shall confirm that: (a) every function listed in the agreed functional specification works as described; (b) measurement data from all 42 connected gauges and machines is transferred without loss or alteration during 15 consecutive working days; (c) control charts, capability indices and gauge studies calculated by the Software match reference calculations on the Buyer's sample data sets; (d) converted gauge records match the legacy records on a full reconciliation; and (e) no Severity 1 defect occurs during a 30-day production run.
P:5.3 If the tests are passed, the Buyer shall issue a written Final Acceptance certificate within 10 working days. Use of the Software in production, payment of any amount or the passing of time shall not be deemed acceptance. If a test fails, the Vendor shall correct the defects within 15 days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give technical support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means the Software is unavailable or measurement data cannot be recorded at a plant; Severity 2 means a major function is impaired; Severity 3 means any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 request within 1 hour, at any time, and restore service or provide a workaround within 8 hours. Severity 2 requests shall be answered within 2 hours on working days and resolved within 3 working days; Severity 3 requests shall be answered by the next working day.
P:6.4 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall grant a service credit of CNY 1,000, deducted from the next payment or paid to the Buyer.
H:Article 7 Post-Warranty Support
P:7.1 After the Warranty Period the Buyer may buy annual support for the same scope as in Article 6. The annual support fee is 11% of the Licence Fee, that is CNY 138,600 per year, and shall not be increased during the first four years after the Warranty Period.
P:7.2 Annual support is ordered by a separate purchase order for each year. It does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not copy, keep, analyse or use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Software is installed in the Buyer's data centre. The Vendor shall access the Buyer's systems only through the Buyer's remote-access gateway with multi-factor authentication, shall not transfer Buyer Data outside the Buyer's network, and shall comply with the Buyer's information security rules and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take immediate remedial measures, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information received from the other party, including the Buyer's product drawings, tolerances, process data and customer information, and shall use it only for this Agreement.
P:10.2 This obligation survives termination of this Agreement for three years, and for trade secrets for as long as they remain secret.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to apply for acceptance testing within the period in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:13.2 On termination before Final Acceptance for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work, and the licence granted under Article 2.1 continues for the Software already paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Colorado, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration administered by the International Centre for Dispute Resolution in Denver, Colorado, in English, by a sole arbitrator. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (functional specification) and Annex 2 (acceptance test plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be sent by email and courier to the addresses on the signature page. This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form — Rio Grande Learning Cloud Subscription

**Order Form No.** RGL-OF-2027-0219 · **Vendor:** Rio Grande Learning Systems LLC, Taos, New Mexico, USA (the "Vendor") · **Customer:** Ningbo Haixin Home Appliance Co., Ltd., Ningbo, Zhejiang, PRC (the "Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). If they conflict, Part A prevails.

## Part A — Order Details

### A1. Subscribed Service

Rio Grande Learning Cloud, Enterprise Edition: an online learning management service for the Customer's employees, including course catalogue and enrolment, compliance training tracking, assessments and certificates, a mobile learning app, learning analytics dashboards, and integration with the Customer's HR system and single sign-on. The Service is hosted for the Customer by the Vendor's cloud hosting partner in a data centre in mainland China.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year begins on the Service Start Date stated in the Onboarding Acceptance certificate (Part B, section 3); the second Subscription Year follows immediately.

### A3. Fees

| Item | Description | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | Enterprise Edition subscription, Subscription Year 1 | 800 users | 420 | 336,000 |
| 2 | Enterprise Edition subscription, Subscription Year 2 | 800 users | 420 | 336,000 |
| 3 | Onboarding: configuration, HR and SSO integration, content migration, administrator training | 1 | 58,000 | 58,000 |
| | **Total fees for the Subscription Term** | | | **730,000** |

Additional users may be added at the same unit price, pro rata for the remainder of the current Subscription Year. All fees include Chinese VAT.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Onboarding Acceptance. (b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. (c) Invoices are payable within 30 days. No amount is payable before Onboarding Acceptance.

### A5. Service Levels

(a) Monthly availability of the Service: 99.95%, excluding maintenance windows announced at least 5 days in advance and scheduled between 00:00 and 06:00 Beijing time.

(b) Response times: Priority 1 (Service unavailable or log-in impossible for all users): response within 1 hour, restoration within 6 hours; Priority 2 (a major function impaired): response within 2 hours, resolution within 2 business days; Priority 3: response within 1 business day.

(c) Service credits: for each full 0.1 percentage point by which monthly availability falls short of the commitment, a credit of 3% of the monthly equivalent of the subscription fee; for each Priority 1 response delayed by more than an hour, a credit of CNY 1,000. Credits are deducted from the next invoice and, at the end of the Subscription Term, paid out.

### A6. Contacts and Special Terms

Customer contact: Training Centre Manager. Vendor contact: Account Director, Asia Pacific. Onboarding is to be completed within 60 days after signature of this Order Form. Chinese-language user interface and support are included.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its updates.

1.2 "Customer Data" means all data, content, course materials and user records uploaded to or generated in the Service by or for the Customer and its users.

1.3 "Customer Configurations" means the configurations, integration mappings, report templates, course templates and migration scripts prepared by the Vendor for the Customer.

1.4 "Subscription Year" means each consecutive annual period starting on the Service Start Date or on an anniversary of it.

### 2. Access and Use

2.1 The Vendor grants the Customer and its users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for the Customer's internal training purposes.

2.2 The Customer is responsible for its users' compliance with these terms and shall not resell the Service or use it to build a competing product.

### 3. Onboarding and Acceptance

3.1 The Vendor shall perform the onboarding set out in A3 item 3 according to the onboarding plan agreed at kick-off.

3.2 Onboarding Acceptance requires that: (a) all 800 user accounts are created and synchronised from the Customer's HR system; (b) single sign-on works for all users in a test with the Customer's identity provider; (c) the migrated courses, completion records and certificates match the Customer's legacy records on a full reconciliation; and (d) the agreed test scripts for enrolment, assessment and reporting pass without Priority 1 or Priority 2 defects.

3.3 The Customer shall confirm acceptance in writing or list the failed criteria within 10 business days after the Vendor's notice of readiness. Use of the Service before acceptance is not acceptance.

3.4 If Onboarding Acceptance is delayed beyond the period in A6 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 36,500.

### 4. Customer Data

4.1 Customer Data remains the property of the Customer. The Vendor uses Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 On expiry or termination, the Vendor shall make Customer Data available for export in a standard format for 30 days and shall then delete it.

### 5. Intellectual Property

5.1 The Vendor and its licensors own the Service and all related software.

5.2 Customer Configurations belong to the Customer. The Customer may use, modify and share them freely, including with another provider after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, shall not disclose it to third parties, and shall use it only for this Order Form. Confidential information includes the Customer's training content, organisation charts and employee information, and the Vendor's product roadmaps and pricing.

6.2 This section survives for three years after the Subscription Term ends.

### 7. Renewal

7.1 At the end of the Subscription Term, the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

7.2 The Vendor may increase the subscription fees for any renewal period by notice given at least 45 days before the renewal, by up to 9% over the fees of the preceding period.

### 8. Support

8.1 The Vendor provides support in Chinese and English through its support portal, a telephone hotline staffed from 08:00 to 20:00 Beijing time on business days, and an emergency line for Priority 1 incidents at all times.

8.2 The Vendor shall provide a named customer success manager who holds a quarterly service review with the Customer, reports availability, incidents, response times and credits for the quarter, and agrees an improvement plan where a service level has been missed.

8.3 Updates and new features of the Service are included in the subscription fees. The Vendor shall give the Customer at least 30 days' notice of any change that materially reduces the functionality of the Service.

### 9. Customer Responsibilities

9.1 The Customer shall appoint an onboarding lead, provide test accounts and HR system extracts in the agreed format, make its identity provider administrators available for the single sign-on tests, and review the migrated data within the agreed periods.

9.2 Delays caused by the Customer extend the onboarding period in A6 accordingly, and no delay payment under 3.4 is due for them.

### 10. Warranties

10.1 The Vendor warrants that the Service will perform materially as described in its documentation and that the onboarding will be performed with professional skill and care.

10.2 The Vendor warrants that the Service and Customer Configurations do not infringe any third party's rights and shall defend the Customer against any such claim at its own cost.

### 11. Limitation of Liability

11.1 The total liability of each party arising out of this Order Form is limited to 150% of the total fees for the Subscription Term stated in A3.

11.2 The limit in 11.1 does not apply to infringement claims under 10.2, breach of section 6, or wilful misconduct.

### 12. Subcontracting and Assignment

12.1 The Vendor may not subcontract the performance of the Service or the onboarding, other than to the hosting partner named in A1, without the Customer's prior written consent.

12.2 Neither party may assign this Order Form without the other party's written consent.

### 13. Termination

13.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

13.2 If the Customer terminates under 13.1, the Vendor shall refund the subscription fees already paid for the remainder of the Subscription Year in which termination takes effect.

### 14. Governing Law and Disputes

14.1 This Order Form is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The arbitration shall be conducted in Chinese and English.

### 15. General

15.1 Notices shall be given in writing to the contacts in A6. The Customer's purchase order terms do not apply.

15.2 Each party signs this Order Form by its authorised representative.

**Customer:** ____________________ &nbsp;&nbsp; **Vendor:** ____________________"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. YSC-EQ-2027-052 (Buyer's standard form)
P:Buyer: Hebei Yanshan Cement Co., Ltd., Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Llano Estacado Sensing Corp., Hobbs, New Mexico, United States of America (the "Supplier").
P:The Buyer is installing predictive maintenance on the kilns, mills, fans and conveyors of its two clinker lines. The Supplier has offered wireless vibration and temperature sensors, gateways and its monitoring software, with installation and configuration. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.1.
P:1.2 "Software" means the Supplier's AssetWatch monitoring software, server edition, licensed under clause 3.
P:1.3 "Deliverables" means the Equipment, the Software and all configuration, analytics models, dashboards, alarm rules, integration programs and documentation delivered under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.4.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, at the following fixed prices, including Chinese import duties, VAT, transport, insurance and all expenses:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial gateway with 4G and Ethernet|16|18,500|296,000
TB:3|AssetWatch server software, perpetual licence, 400 assets|1|412,000|412,000
TB:|Hardware and Licence Subtotal|||1,464,000
TB:4|Installation and commissioning|1|138,000|138,000
TB:5|Analytics model configuration and DCS integration|1|96,000|96,000
TB:6|Training|1|22,000|22,000
TB:|Contract Price|||1,720,000
P:2.2 The Contract Price is fixed for the whole Contract. Quantities may be changed only by a written change order at the unit prices above.
P:2.3 Training under item 6 consists of three days of classroom and on-site training for up to 20 maintenance engineers and two days of administrator training for the Buyer's IT staff, with Chinese-language materials.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's own servers at its Tangshan plant for monitoring up to 400 assets.
P:3.2 The licence covers use by the Buyer's employees and by contractors working for the Buyer, and includes a standby installation for disaster recovery.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 45 days after delivery.
P:4.2 Installation on running equipment shall follow the Buyer's permit-to-work, lock-out and hot-work rules. The Supplier's personnel shall attend the Buyer's safety induction before entering the plant.
P:4.3 Signature of the delivery note confirms quantities and visible condition only and does not constitute acceptance.
P:4.4 The Buyer shall provide power at each gateway location, access to the machines during planned stops, network connections to its server room and the servers for the Software as specified in Annex 1.
H:5. Payment
P:5.1 10% of the Contract Price (CNY 172,000) within 15 days after signature, against the Supplier's advance payment guarantee issued by a bank in China.
P:5.2 55% of the Contract Price (CNY 946,000) within 15 days after delivery and installation of all Equipment.
P:5.3 35% of the Contract Price (CNY 602,000) within 15 days after Final Acceptance.
H:6. Acceptance
P:6.1 After commissioning the Supplier shall carry out site acceptance tests in the presence of the Buyer's maintenance department.
P:6.2 The acceptance criteria are: (a) all 240 sensors report to the Software at the configured interval, with a packet loss below 1% over 14 consecutive days; (b) vibration readings agree with the Buyer's calibrated portable analyser within plus or minus 5% on the 20 reference points; (c) alarms for every configured rule reach the control room and the DCS within 10 seconds; (d) the Software runs for 30 consecutive days without a Severity 1 fault.
P:6.3 Commissioning, operation of the system or payment shall not be deemed acceptance.
P:6.4 When all criteria are met, the Buyer shall sign the acceptance certificate within 7 working days. If any criterion is not met, the Supplier shall remedy the defect within 10 days and repeat the relevant test.
P:6.5 Before Final Acceptance the Supplier shall hand over the as-installed sensor map, the configuration backup, the user and administrator manuals in Chinese and all test records.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and supply new Software versions free of charge, including shipping.
P:7.2 Sensor batteries shall last at least three years under the configured reporting interval. Batteries failing earlier are replaced free of charge even after the Warranty Period.
P:7.3 After the Warranty Period the Buyer may order annual support covering repair, replacement of defective Equipment, Software updates and remote technical support. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 117,120 per year, fixed for the first three years after the Warranty Period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:8. Service Levels
P:8.1 Severity 1 means that the Software or more than one gateway is down, or alarms do not reach the control room. Severity 2 means that a single gateway or more than ten sensors are offline. Severity 3 means any other fault.
P:8.2 The Supplier shall respond to Severity 1 faults within 30 minutes, at any time, and restore the system or provide a workaround within 8 hours; it shall respond to Severity 2 faults within 2 hours and resolve them within 2 working days.
P:8.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:8.4 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace defective units within 3 working days.
P:8.5 During the Warranty Period the Supplier shall send a monthly service report listing faults, response and restoration times and any amounts payable under clause 8.3.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier and its licensors.
P:9.2 The analytics models, alarm rules, dashboards, DCS integration programs and other configuration prepared for the Buyer belong to the Buyer, with their source files. The Buyer may use, modify and license them freely, also with another supplier.
P:9.3 The Supplier shall indemnify the Buyer against claims that the Deliverables infringe third-party rights.
H:10. Data Security and Data Ownership
P:10.1 All measurement data, asset data, alarm records and reports produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep, analyse or use them for any other purpose, whether or not de-identified.
P:10.2 The Software runs on the Buyer's servers. The gateways send data only to those servers, over encrypted connections. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's jump server.
P:10.3 The Supplier shall notify the Buyer within 6 hours of any security incident affecting the system or the Buyer's data, shall remedy it at its own cost and shall be liable for losses caused by its breach of this clause.
P:10.4 At the end of the Contract, or earlier on the Buyer's request, the Supplier shall return or delete any Buyer data in its possession and confirm this in writing.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information received from the Buyer, including plant layouts, process data and maintenance records, shall not disclose it to third parties without the Buyer's prior written consent and shall use it only for this Contract. This obligation continues for three years after the Contract ends.
H:12. Delay Damages and Liability
P:12.1 If the Supplier fails to meet a date in clause 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to the Buyer's plant caused during installation, wilful misconduct or breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the payments received for Deliverables not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitral award is final.
H:16. General
P:16.1 This Contract is written in English and Chinese; both versions are equally authentic. Annex 1 (asset list) and Annex 2 (acceptance test plan) form part of it.
P:16.2 Notices shall be given in writing to the addresses stated above. Amendments require the written agreement of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** SLV-MSA-2027-008

**Customer:** Xiamen Bluewave Cold Chain Logistics Co., Ltd., Xiamen, Fujian, People's Republic of China (the "Customer").

**Provider:** San Luis Valley Managed Services, Inc., Alamosa, Colorado, United States of America, acting through its service centre in Xiamen (the "Provider").

The Customer operates seven cold-storage warehouses and a transport fleet in Fujian and Guangdong. It wishes to outsource the operation of its IT infrastructure and end-user support, and the Provider has agreed to provide managed services on the following terms.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Transition" means the one-off work to take over the Customer's infrastructure, tools and support processes from the Customer's current IT team, as set out in Schedule 1, part A.

1.3 "Customer Data" means all data of the Customer and its customers processed, stored or accessed by the Provider, including warehouse management, temperature monitoring, fleet and personnel data.

1.4 "Service Levels" and "Service Credits" mean the levels and credits in Schedules 2 and 3.

## 2. Term

2.1 This Agreement starts on the date of signature. The Transition shall be completed within 75 days after signature. The Service Period starts on the date of Transition Acceptance and runs for 36 months (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 The Provider shall provide the Services in accordance with Schedule 1 and the Service Levels in Schedule 2, using qualified personnel and industry-standard tools.

3.2 The Provider shall appoint a service delivery manager who attends a monthly service review with the Customer and presents the monthly service report, including performance against each Service Level, incidents, changes, capacity and security events.

3.3 The Customer shall give the Provider access to its sites, systems and documentation as reasonably needed and shall appoint a contract manager.

## 4. Transition and Acceptance

4.1 Transition Acceptance requires that: (a) all servers, network devices, storage and end-user devices listed in the asset inventory are under the Provider's monitoring; (b) the service desk has handled live tickets for 10 consecutive working days in parallel with the Customer's team, with all Priority 1 and Priority 2 tickets handled within the Service Levels; (c) backup and restore of the warehouse management system has been tested successfully; and (d) the runbooks and the configuration management database have been delivered and reviewed by the Customer.

4.2 The Customer shall confirm Transition Acceptance in writing within 5 working days after the Provider shows that the criteria are met, or list the criteria not met. Start of the Provider's work on live systems is not acceptance.

4.3 If Transition Acceptance is not reached within the period in 2.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1, part C. The total charges over the Term are CNY 2,190,000.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the monthly service review. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 No advance payment is due. The monthly service charge is fixed for the Term; it does not change with minor changes in the number of users or devices within plus or minus 10% of the baseline in Schedule 1.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose, in identifiable, anonymised or aggregated form.

6.2 The Provider shall keep Customer Data within mainland China, access the Customer's systems only through the Customer's privileged-access management system with multi-factor authentication, apply least-privilege access rights, log all administrative actions, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Customer within 2 hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, contain it, investigate it with the Customer, and bear the costs and losses caused by its breach of this section.

6.4 At the end of the Term the Provider shall return all Customer Data, credentials and documentation and securely delete any copies, and shall confirm this in writing.

## 7. Intellectual Property

7.1 The Provider keeps its own tools, methods and know-how.

7.2 Runbooks, scripts, configurations, reports and documentation prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to a successor provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including network diagrams, passwords, customer lists, prices and business plans, and shall disclose it only to its personnel who need it for this Agreement and are bound by equivalent obligations.

8.2 These obligations continue for three years after the Term ends.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for the performance of approved subcontractors as for its own.

## 10. Liability

10.1 Each party's total liability arising out of or in connection with this Agreement in respect of all claims is limited to the charges paid or payable under this Agreement in the nine months immediately preceding the event giving rise to the claim.

10.2 The limit in 10.1 does not apply to personal injury, wilful misconduct or fraud.

10.3 Service Credits are a price adjustment reflecting the reduced value of the Services and do not limit the Customer's other rights.

## 11. Duration and Early Ending

11.1 This Agreement remains in force for the whole Term. Neither party may terminate it before the end of the Term, except by a written agreement signed by both parties.

11.2 If a force majeure event prevents the performance of substantially all of the Services for more than 90 consecutive days, the parties shall meet to agree whether and how the Agreement continues.

11.3 For any failure of the Provider to meet its obligations, the Customer's remedies are the Service Credits in Schedule 3, the delay payment in 4.3 and damages within the limit in 10.1.

## 12. Exit Assistance

12.1 During the last 90 days of the Term, the Provider shall cooperate with the Customer and any successor provider to transfer the Services, including knowledge-transfer sessions, an updated asset inventory and the documentation under 7.2, at no additional charge.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that the parties cannot settle within 30 days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement on its subject matter and may be amended only in writing.

14.2 Notices shall be sent to the contract managers of the parties by email with a copy by courier.

## Schedule 1 — Services and Charges

**Part A — Transition.** Discovery and asset inventory; monitoring agents; service desk set-up; knowledge transfer; runbooks; parallel run.

**Part B — Ongoing Services.**

| Service | Scope | Baseline |
|---|---|---|
| Service desk | Chinese-language phone, email and portal support, 07:00–22:00 daily; on-call outside those hours for Priority 1 | 420 users |
| End-user devices | Laptop and desktop support, patching, antivirus, imaging, on-site support at the head office and warehouses | 460 devices |
| Servers and storage | Monitoring, patching, backup, restore tests, capacity management for the warehouse management, temperature monitoring and ERP servers | 38 servers |
| Network | Monitoring and management of switches, firewalls, Wi-Fi and SD-WAN links between sites | 7 warehouses, 1 head office |
| Security operations | Log review, vulnerability scanning, incident handling in cooperation with the Customer | all in-scope assets |

**Part C — Charges.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-off, after Transition Acceptance | 84,000 |
| Monthly service charge | CNY 58,500 per month for 36 months | 2,106,000 |
| **Total charges over the Term** | | **2,190,000** |

## Schedule 2 — Service Levels

| Measure | Priority 1 | Priority 2 | Priority 3 |
|---|---|---|---|
| Definition | warehouse management or temperature monitoring down at any site, or a security incident | a service degraded at one site, or one user group unable to work | a single user or a request |
| Response time | 15 minutes | 1 hour | 8 business hours |
| Restoration time | 3 hours | 8 hours | 3 business days |
| Availability of warehouse management system, per month | 99.95% | | |

## Schedule 3 — Service Credits

| Failure | Service Credit |
|---|---|
| Each Priority 1 incident not responded to or not restored within the Service Level | 2% of the monthly service charge |
| Each Priority 2 incident not restored within the Service Level | 0.5% of the monthly service charge |
| Monthly availability below the Service Level, per 0.02 percentage point or part of it | 3% of the monthly service charge |
| Maximum Service Credits in one month | 20% of the monthly service charge |"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HPA-CN-2027-014

PARTIES

Customer: Dalian Beifang Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dalian, Liaoning Province ("Customer").

Provider: High Plains Agri-Data, Inc., a New Mexico corporation with its principal place of business in Clovis, New Mexico, United States of America ("Provider").

BACKGROUND

Customer buys, stores and trades corn, soybeans and wheat and wishes to use crop condition, weather and yield forecast data for the main producing regions in its purchasing and risk management. Provider operates a data platform that delivers such data through an application programming interface (API) and a web console. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the crop condition indices, satellite vegetation indices, weather observations and forecasts, yield forecasts and related data delivered by Provider through the Services.

1.2 "Services" means access to the Licensed Data through the API and the web console, the integration support package and the support described in this Agreement.

1.3 "Customer Data" means the field boundaries, storage and purchasing locations, portfolio definitions, user accounts and query records that Customer or its users upload to or create in the Services.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Activation Date.

1.5 "Activation Date" means the date on which Provider gives Customer production API keys and console access for all subscribed data packages.

2. SUBSCRIPTION

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable licence to access the Licensed Data and to use it, and reports and models derived from it, for Customer's internal business, including in reports to its board, banks and auditors.

2.2 The subscribed data packages are: (a) North China Plain and Northeast China crop condition and yield forecasts; (b) United States Corn Belt and Great Plains crop condition and yield forecasts; (c) Brazil and Argentina soybean crop condition; (d) daily gridded weather observations and 15-day forecasts for the same regions.

2.3 The Subscription Term consists of two Subscription Years. It ends at the end of the second Subscription Year and does not renew automatically. Any further subscription requires a new written order.

2.4 Provider shall activate the Services within 20 days after signature of this Agreement.

3. FEES AND PAYMENT

3.1 The fees are:

    Item                                               Amount (CNY)
    Subscription fee, Subscription Year 1                  486,000
    Subscription fee, Subscription Year 2                  486,000
    Integration support package (one-off)                   38,000
    Total fees for the Subscription Term                 1,010,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of the invoice. The integration support package is invoiced after Integration Acceptance under clause 5.

3.3 The fees include Chinese VAT and all charges of Provider. API calls up to 2 million per month are included; further calls are charged at the rates in the price list attached, which do not form part of the fees above.

3.4 The subscription fee is fixed for the Subscription Term.

4. INTEGRATION SUPPORT PACKAGE

4.1 Provider shall assist Customer's IT team to connect the API to Customer's data warehouse and risk management system. The package includes an integration workshop, sample code, mapping of Provider's region codes to Customer's purchasing regions, a custom daily feed of yield forecasts for Customer's 36 purchasing regions, and up to 15 person-days of remote engineering support.

4.2 Provider shall deliver the custom daily feed and the region mapping within 45 days after the Activation Date.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance requires that: (a) the custom daily feed is delivered before 07:00 Beijing time on 20 consecutive business days; (b) the data in the feed matches the data returned by the API for the same regions and dates; (c) API responses for standard queries are returned within 2 seconds on average during the test period; and (d) the integration documentation and sample code have been delivered.

5.2 Customer shall confirm Integration Acceptance in writing, or list the criteria not met, within 10 business days after Provider's notice that the tests have been completed. Use of the Licensed Data before that date is not acceptance.

6. SERVICE LEVELS

6.1 Provider shall make the API and the web console available for at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out on weekends.

6.2 Daily data updates shall be published by 06:00 Beijing time.

6.3 Incidents are classified as follows. Priority 1: the API is unavailable, or the daily update is missing or materially wrong for any subscribed package. Priority 2: a single endpoint or data package is degraded. Priority 3: any other issue or question.

6.4 Provider shall respond to Priority 1 incidents within 1 hour at any time and resolve them within 6 hours; respond to Priority 2 incidents within 2 hours and resolve them within 2 business days; and answer Priority 3 questions within 2 business days.

6.5 If monthly availability falls below the level in 6.1, or a Priority 1 incident is not resolved in time, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each such failure, up to 25% of that amount per month. Credits are set off against the next invoice or, after the last invoice, refunded.

7. DELAY

7.1 If Provider does not activate the Services within the period in 2.4, or does not deliver the custom daily feed within the period in 4.2, Provider shall pay Customer CNY 700 for each day of delay, up to a maximum of CNY 50,500.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services to Customer and shall not use it, or any analysis of Customer's queries or locations, for any other purpose, including improving its products or providing data to other customers.

8.2 Provider shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named personnel who need it to provide the Services, keep access logs for at least 6 months, and maintain security measures consistent with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

8.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take prompt remedial action, and shall be liable for all losses caused by its failure to comply with this clause.

8.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data to Customer in a standard format and then delete all copies.

9. INTELLECTUAL PROPERTY

9.1 Provider and its data suppliers own the Licensed Data and the platform.

9.2 The custom daily feed specification, the region mapping and the sample and integration code prepared for Customer belong to Customer, which may use, modify and license them freely, including for use with other data providers.

9.3 Provider warrants that Customer's use of the Licensed Data in accordance with this Agreement does not infringe any third party's rights and shall defend Customer against any such claim.

10. SUBCONTRACTORS

10.1 Provider may use subcontractors, including data processing, hosting and support providers, for any part of the Services by giving Customer written notice at least 15 days before the subcontractor starts work.

10.2 Provider remains responsible for the performance of its subcontractors and shall require them to comply with clause 8.

11. WARRANTIES

11.1 Provider warrants that the Licensed Data will be produced with the methods described in its documentation and with reasonable skill and care, and that Provider will correct errors reported by Customer within the resolution times in clause 6.

11.2 Customer remains responsible for its own purchasing and trading decisions.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in clause 3.1.

12.2 The limit does not apply to breach of clause 8, infringement claims under clause 9.3, or wilful misconduct.

13. TERMINATION

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including repeated failure to meet the service levels in clause 6, and does not cure it within 20 days after Customer's written notice.

13.2 On such termination Provider shall refund the subscription fees paid for the period after termination.

13.3 Provider may suspend access only if an undisputed invoice remains unpaid 30 days after a written reminder.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

15. GENERAL

15.1 This Agreement is written in English and Chinese. Both versions have equal force.

15.2 Notices must be in writing and sent to the addresses stated above, with a copy by email.

15.3 This Agreement is the entire agreement of the parties on its subject matter.

SIGNATURES

For Customer: ____________________        For Provider: ____________________
Date: ____________                          Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Targets, labels, design
# ----------------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h982z01_business_startup_platform_licence_development.pdf", Z01),
    "z02": ("h982z02_disinfection_cabinet_line_control_retrofit.docx", Z02),
    "z03": ("h982z03_english_corner_booking_membership_saas.txt", Z03),
    "z04": ("h982z04_fly_ash_disposal_supervision_om_service.txt", Z04),
    "z05": ("h982z05_blacksmith_process_tracking_supplier_template.md", Z05),
    "e01": ("h982e01_spc_gauge_software_perpetual_licence_colorado.pdf", E01),
    "e02": ("h982e02_learning_saas_order_form_taos_vendor.md", E02),
    "e03": ("h982e03_cement_condition_monitoring_sensors.docx", E03),
    "e04": ("h982e04_cold_chain_managed_it_services_36_months.md", E04),
    "e05": ("h982e05_crop_weather_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: language, category, terms (in TERM_KEYS order), extra
L = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9,
                               False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2040000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26,
                               False, True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1520000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                            True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=464000)),
    "z04": ("zh", "services", [99.95, 0.5, False, "buyer", True, True, True, None, None, None, True, None, None, None,
                               False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=586000)),
    "z05": ("zh", "software", [None, None, False, "supplier", True, True, True, 0.02, 20000 / 186000 * 100, 65, False,
                               False, 6, None, False, True, None, None, G],
            dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=186000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                               False, True, False, "Colorado", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1728000)),
    "e02": ("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 600 / 730000 * 100, 150, None, True, None,
                            None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=730000)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8,
                               False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1720000)),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, 1800 / 2190000 * 100, 9 / 36 * 100, None,
                               True, None, None, None, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2190000)),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, False, 700 / 1010000 * 100, 150, None, True, None,
                            None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1010000)),
}

# TCO inputs: itemised licence / hardware subtotal (fee base); only goods_or_licence drafts with a stated fee
FEE_BASE = {"z01": 1160000, "z02": 1320000, "e01": 1260000, "e03": 1464000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Denver (ICDR)

# price checks: items -> total
SUMS = {
    "z01": ([1160000, 736000, 118000, 26000], 2040000),
    "z02": ([548000, 96000, 312000, 88000, 196000, 80000, 84000, 96000, 20000], 1520000),
    "z03": ([6800 * 30 * 2, 56000], 464000),
    "z04": ([146500] * 4, 586000),
    "z05": ([68000, 96000, 22000], 186000),
    "e01": ([1260000, 420000, 48000], 1728000),
    "e02": ([800 * 420 * 2, 58000], 730000),
    "e03": ([240 * 3150, 16 * 18500, 412000, 138000, 96000, 22000], 1720000),
    "e04": ([84000, 58500 * 36], 2190000),
    "e05": ([486000, 486000, 38000], 1010000),
}
PAYMENTS = {  # (share %, amount stated)
    "z01": [(20, 408000), (45, 918000), (35, 714000)],
    "z02": [(20, 304000), (35, 532000), (45, 684000)],
    "z05": [(65, 120900), (35, 65100)],
    "e01": [(20, 345600), (45, 777600), (35, 604800)],
    "e03": [(10, 172000), (55, 946000), (35, 602000)],
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "medium", "e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (section 3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = post_years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key, t, x):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ----------------------------------------------------------------------------------------------------------------------
# Threshold scan
# ----------------------------------------------------------------------------------------------------------------------
NUM1_9 = "一二三四五六七八九"
PATTERNS = [
    r"99\.9(?!\d)", r"九十九点九(?![%s])" % NUM1_9,
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|个?小时)", r"(?<![a-z-])four[\s-]*hours?", r"(?<![十\d])四个?小时",
    r"(?<![\d.])0?\.05\s*%", r"万分之五", r"千分之零点五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.])100\s*%", r"百分之一百", r"hundred\s+per\s*cent", r"(?<![\d.])100\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![%s])" % NUM1_9, r"thirty\s+per\s*cent", r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"十二个月", r"twelve[\s(-]*(?:12\)\s*)?-?\s*months?",
    r"(?<![第每同])一年", r"(?<![\w-])(?:one|1)[\s-]+years?\b",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s+per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![%s])" % NUM1_9, r"forty\s+per\s*cent", r"(?<![\d.])40\s*per\s*cent",
    r"(?<![\d.])5[\s-]*years?", r"(?<![a-z])five[\s-]*years?", r"五年", r"(?<![\d.])60\s*-?\s*months?", r"六十个月",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "within 4hours", "4小时", "四小时", "四个小时", "four-hour", "0.05%", ".05%",
            "万分之五", "100%", "100 per cent", "百分之一百", "30%", "30 %", "百分之三十", "12 months", "12-month",
            "12个月", "十二个月", "twelve (12) months", "one year", "一年", "15%", "百分之十五", "40%", "百分之四十",
            "five years", "5-year", "五年", "60 months", "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之二", "150%", "200%",
             "百分之三十五", "35%", "130%", "12 hours", "2027年12月31日", "115%", "45%", "0.5%", "25%", "18 months",
             "36 months", "第一年", "每年", "Subscription Year 1", "1 hour", "0.02 percentage point", "10%",
             "three years", "four years", "三年", "六个月", "240", "3,150"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s), "must miss: %s (%s)" % (s, RX.search(s).group(0))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ----------------------------------------------------------------------------------------------------------------------
# Read-back
# ----------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    lang, cat, vals, extra = L[key]
    assert len(vals) == len(TERM_KEYS)
    terms = dict(zip(TERM_KEYS, vals))
    if terms["contract_kind"] == S:
        assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
        assert terms["post_warranty_fee_pct"] is None and terms["final_payment_on_acceptance"] is None
    else:
        assert "post_warranty_fee_capped" in extra
    rules = derive_rules(key, terms, extra)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


def check_thresholds(key, lab):
    t = lab["expected_terms"]
    for k, th in TH.items():
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
    share = tco_share(key, t, lab["expected_extra"])
    if share is not None:
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
    return share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    for key, (items, total) in SUMS.items():
        assert sum(items) == total == L[key][3]["contract_value"], key
    for key, pays in PAYMENTS.items():
        cv = L[key][3]["contract_value"]
        assert sum(p for p, _ in pays) == 100, key
        for p, amt in pays:
            assert p not in (30, 40, 15, 100, 12) and cv * p // 100 == amt, (key, p, amt)
    office = {k: (n, n.rsplit(".", 1)[1]) for k, (n, _) in FILES.items() if n.endswith((".docx", ".pdf"))}
    write({k: FILES[k][1] for k in office}, office, OUT, wrap_words=True)
    for key, (name, src) in FILES.items():
        if key not in office:
            (OUT / name).write_text(src, encoding="utf-8")
    covered = set()
    for key, (name, _) in FILES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[key], key
        covered |= set(lab["expected_rules"])
        share = check_thresholds(key, lab)
        text = read_back(OUT / name)
        lang = lab["language"]
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%-62s %s %5d %-6s tco=%s rules=%s %s" % (name, lang, n, risk(lab["expected_rules"]),
              None if share is None else round(share, 2), len(lab["expected_rules"]), hits or ""))
        assert lo <= n <= hi, (name, n)
        assert not hits, (name, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
