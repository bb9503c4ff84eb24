import sys; sys.dont_write_bytecode = True
"""holdout389: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels,
then reads every built file back, checks its length, scans it for threshold figures, derives the expected rules
from the labels by policy.md and asserts that every CR rule fires at least once.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H389Z01 = """T:临川市统计局统计联网直报平台升级项目政府采购合同
P:合同编号：LCTJ-ZFCG-2025-017
P:采购项目编号：LC2025-GK-0342（公开招标）
P:采购人（甲方）：临川市统计局，地址：临川市文昌路88号
P:供应商（乙方）：北京数衡信息技术有限公司，地址：北京市海淀区上地信息路26号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据临川市统计局统计联网直报平台升级项目的招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方为甲方提供统计联网直报平台软件许可，并完成直报表单与审核规则定制开发、与省级统计数据采集处理系统及市政务服务平台的接口开发、历史数据迁移、部署实施和培训，使平台支撑全市约6,200家规模以上企业及重点调查单位在线报送统计数据。
P:1.2 详细技术要求以招标文件第五章《采购需求》和乙方投标文件的技术响应为准；两者不一致时，以对甲方更有利的要求为准。
P:1.3 平台部署于市电子政务云，由甲方提供云资源，乙方负责应用部署及调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾捌万元整（¥2,380,000.00），为含税固定总价，包括软件许可、开发、迁移、部署、培训、差旅及质保期内全部服务费用，甲方不再支付其他费用。分项如下：
TB:序号|项目|金额（元）
TB:1|直报平台软件许可（市级部署，不限报送单位数）|1,260,000
TB:2|定制开发（直报表单、审核规则、接口）|845,000
TB:3|历史数据迁移|138,000
TB:4|部署实施|96,000
TB:5|培训|41,000
TB:合计||2,380,000
P:2.2 其中第1项为软件许可价款，第2至5项为实施服务价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价10%的履约保函后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币476,000元。
P:3.2 系统完成部署并通过初步验收、进入试运行后，甲方支付合同总价的45%，计人民币1,071,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计人民币833,000元。
P:3.4 乙方每次收款前应开具等额合法发票，甲方付款按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署并提交初步验收申请；试运行期为90日。
P:4.2 乙方应每周向甲方提交项目周报，重大风险应在发现后1个工作日内书面报告。乙方项目经理须为投标文件所列人员，更换须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：（1）招标文件所列全部功能点测试通过；（2）在800个并发用户条件下，表单提交与查询的响应时间不超过3秒；（3）历史数据迁移后与源数据逐表核对一致；（4）取得第三方测评机构出具的安全测评报告且无高风险问题。
P:5.2 试运行期满且期间未发生一级故障的，乙方可申请最终验收。甲方组织专家依据上述标准及试运行记录进行最终验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次巡检。
P:6.2 质保期满后，如甲方需要，乙方按服务年度提供运维服务，年度运维服务费不超过软件许可价款的8%，即每服务年度不超过人民币100,800元；质保期满后的前两个服务年度按此价格执行，不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级及响应：一级故障（平台无法访问或报送中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能异常）1小时内响应，次日内解决；三级故障在3个工作日内解决。统计年报、定报集中报送期间，乙方应安排工程师现场值守。
P:7.3 一级故障响应或恢复每超时1小时，乙方向甲方支付人民币1,000元；月度可用率每低于约定值0.01个百分点，乙方支付人民币2,000元。上述款项可从应付款项或履约保函中扣除。
H:第八条 数据安全
P:8.1 平台中的统计调查数据、报送单位信息及系统日志均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内处理，不得用于任何其他目的，不得留存或复制。
P:8.2 乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》和网络安全等级保护三级要求，运维操作须经甲方堡垒机并全程审计，数据传输与存储采取加密措施，测试仅使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的统计资料、未公开统计数据、甲方工作秘密及网络配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。统计数据在依法公布前不得以任何形式泄露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 本合同定制开发的表单、审核规则、接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时全部移交，甲方可自行或委托第三方修改和使用。
P:10.2 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯任何第三方的合法权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.3 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第八条、第九条造成的损失不受此限。
H:第十二条 分包
P:12.1 本项目不得分包，乙方亦不得转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份、乙方二份。合同履行完毕即终止，不自动续期。
P:甲方（盖章）：临川市统计局    乙方（盖章）：北京数衡信息技术有限公司
P:法定代表人或授权代表：________    法定代表人或授权代表：________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
H389Z02 = """T:组合烟花装药线自动化控制系统改造合同
P:合同编号：HY-SB-2025-046
P:甲方（买方）：浏阳市红焰烟花制造有限公司
P:乙方（卖方）：长沙安控自动化工程有限公司
P:鉴于甲方拟对其组合烟花生产车间的两条装药线实施机械化、自动化改造，以减少危险工位作业人员；乙方具备相应的工程设计与系统集成能力。双方依据《中华人民共和国民法典》《烟花爆竹安全管理条例》等规定，经友好协商，订立本合同。
H:一、合同标的与范围
P:（一）乙方负责两条装药线控制系统的设计、供货、安装、调试、人员培训及质保期服务，包括防爆PLC控制系统、安全仪表系统、自动装药伺服及称重单元、视频监控及隔离操作站、上位机组态软件及控制程序定制开发。
P:（二）改造后装药工位实现人机隔离，操作人员在防爆隔离操作间内远程操作，单工位药量与定员须符合行业安全规范及甲方安全评价报告的要求。
H:二、合同价格
P:（一）本合同总价为人民币贰佰壹拾万零肆仟元整（¥2,104,000），为固定总价，含设备、软件、运输、安装、调试、培训、税费及质保期服务。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|防爆PLC控制系统|2套|486,000
TB:2|安全仪表系统（SIS）|2套|372,000
TB:3|自动装药伺服及称重单元|8组|618,000
TB:4|视频监控及隔离操作站|2套|154,000
TB:5|上位机组态软件许可|2套|86,000
TB:|软硬件小计||1,716,000
TB:6|安装调试|1项|214,000
TB:7|控制程序定制开发|1项|128,000
TB:8|安全评价配合及培训|1项|46,000
TB:|合计||2,104,000
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计人民币420,800元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，计人民币736,400元。到货签收仅确认数量与外观，不视为质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的38%，计人民币799,520元。
P:（四）其余7%（人民币147,280元）作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:四、交货与工期
P:（一）乙方应于合同生效后45日内完成设备到货，75日内完成安装调试。施工须避开甲方生产作业时段，并服从甲方安全管理；进入危险品工房的人员须经甲方安全培训。
P:（二）乙方应在合同生效后15日内提交施工组织设计、安全技术措施及停线切换方案，经甲方安全管理部门审查同意后方可进场施工。改造期间两条装药线分批停线，每条线停线时间不超过20日。
P:（三）乙方应在联动试车前完成对甲方操作、维修及安全管理人员的培训，培训内容包括系统操作、日常点检、联锁复位、故障判断及应急处置，培训合格人员不少于12名，并向甲方移交操作手册、维护手册、电气图纸及备件清单。
H:五、验收
P:（一）安装调试完成后进行连续72小时联动试车。验收标准为：装药称重误差不大于±0.5%；安全仪表系统的联锁回路逐一测试，动作正确；急停、火焰探测、静电报警与隔离门联锁有效；人机隔离符合设计要求；控制程序与组态画面与设计文件一致。
P:（二）联动试车合格后，由甲方组织乙方及安全评价机构进行最终验收，并签署最终验收报告。设备到货、安装完成或甲方投入试生产均不视为验收合格。
H:六、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换非因甲方原因损坏的设备与部件，并免费提供程序修改、备件及技术支持。
P:（二）故障等级：一级故障指装药线停机或任一安全联锁失效，乙方应在30分钟内电话响应，3小时内派工程师到达现场；二级故障指单工位异常，2小时内响应，次日到场；三级故障在5个工作日内处理。
P:（三）一级故障到场每超时1小时，乙方向甲方支付人民币800元；二级故障每超时1日，乙方支付人民币500元，甲方可从质量保证金中扣除。
P:（四）质保期满后，乙方继续提供维保服务（定期巡检、备件供应与远程支持），维保费用按乙方届时公布的维保价格标准另行计收，双方届时另行签订维保合同。
H:七、生产数据与信息安全
P:（一）控制系统中的配方参数、药量设定、生产记录、报警记录及视频资料均属于甲方所有，乙方仅可为履行本合同使用，不得复制、带离或用于其他目的。
P:（二）控制网络与办公网络物理隔离。乙方远程维护须经甲方逐次书面批准，并通过甲方指定的加密通道进行，操作全程记录；乙方应对其工程师电脑进行病毒查杀，防止恶意代码进入控制系统。
P:（三）发生数据泄露、篡改或控制系统遭受攻击的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:八、保密
P:（一）乙方对知悉的甲方产品配方、工艺参数、工房布局及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:九、知识产权
P:（一）本合同定制开发的控制程序、组态画面、联锁逻辑及其源程序和技术文档归甲方所有，乙方应在最终验收时移交，甲方可自行或委托他人修改。组态软件及PLC固件的知识产权归原权利人所有，甲方取得永久使用许可。
H:十、分包
P:（一）现场电气安装、桥架敷设及防爆接线等施工内容，乙方可委托具有相应资质的施工单位实施，但应提前5日书面通知甲方。乙方对分包单位的工作质量与安全承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方交付的设备存在质量缺陷或安全隐患的，应无偿更换或整改，并赔偿由此给甲方造成的直接损失。
P:（四）乙方逾期超过30日的，甲方除要求支付违约金外，还可委托第三方完成剩余工作，所需费用由乙方承担。
H:十二、合同解除
P:（一）乙方严重违约，包括逾期超过30日、验收两次不合格或因乙方原因发生安全事故的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十三、安全责任
P:（一）乙方在甲方厂区施工期间，应严格遵守甲方安全生产管理制度，禁止携带火种、使用非防爆工具；因乙方违章作业引发事故的，由乙方承担全部责任。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、联锁逻辑说明。
P:（二）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。任何变更须经双方授权代表签字并加盖公章。
P:（三）因不可抗力不能按期履行的，受影响方应在3日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商解除合同。
P:甲方（盖章）：浏阳市红焰烟花制造有限公司    乙方（盖章）：长沙安控自动化工程有限公司
P:代表签字：________    代表签字：________    日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）)
H389Z03 = """康衡体检预约及报告云服务合同

合同编号：KH-IT-2025-112

甲方：康衡健康管理集团有限公司
住所：湖北省武汉市江汉区新华路218号
乙方：杭州云检科技有限公司
住所：浙江省杭州市滨江区长河路590号

鉴于甲方在湖北、湖南两省运营15家健康体检中心，拟统一使用云服务方式开展体检预约、团检管理和报告发布；乙方运营"云检"体检服务平台并具备相应的实施能力。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

第一条 服务内容
（1）乙方通过"云检"平台为甲方15家体检中心提供在线预约、团检管理、检前问卷、报告生成与推送、移动端报告查询等服务（以下简称"订阅服务"）。
（2）乙方负责一次性实施服务：平台配置，15家中心体检套餐与项目字典梳理，与甲方LIS、PACS及HIS系统的接口开发，历史预约与报告数据迁移，以及各中心人员培训。
（3）乙方应指定一名项目经理负责实施阶段的协调，并为甲方提供7×24小时服务热线及专属客户成功经理。各中心新增体检项目、调整套餐价格或新开分中心时，乙方应在5个工作日内完成相应配置，不另收费。

第二条 服务期限
（1）订阅服务期为三个服务年度，自上线验收合格之日起计算；每个服务年度自起算日或其周年对应日开始。
（2）服务期满后，甲方需要续用的，双方另行协商签订续约合同，本合同不自动续期。

第三条 服务费用
（1）费用构成如下：
    订阅服务费：15家中心 × 人民币32,400元/中心/服务年度 = 人民币486,000元/服务年度
    三个服务年度订阅服务费合计：人民币1,458,000元
    一次性实施费：人民币168,000元
    合同总价：人民币1,626,000元
（2）每个服务年度报告生成量超过45万份的，超出部分按每份0.2元另行结算，不计入合同总价。
（3）上述价格为含税价，服务期内不作调整。
（4）合同总价已包含平台使用、数据存储、短信及微信消息推送、技术支持和版本升级费用，乙方不得以任何名义另行收取其他费用。

第四条 付款方式
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）订阅服务费按季度结算：每个季度结束后15个工作日内，甲方根据乙方提交的当季度服务水平报告，在扣除服务抵扣金额后支付当季度服务费人民币121,500元。
（3）甲方不向乙方支付任何预付款。

第五条 上线验收
（1）验收标准：15家中心全部完成配置并上线；LIS、PACS结果回传准确，随机抽查500份报告与源系统逐项核对一致；预约高峰2,000个并发用户下页面响应时间不超过2秒；迁移数据核对一致；乙方提供平台有效的网络安全等级保护三级测评报告。
（2）乙方提交验收申请后，甲方在10个工作日内组织验收并出具书面意见。系统试用或部分中心先行使用，均不视为验收合格。
（3）乙方应在合同签订后75日内完成实施并提交验收申请。

第六条 服务水平
（1）平台月度可用率不低于99.5%。计划维护每月累计不超过6小时，且须安排在22:00至次日6:00之间并提前3日通知甲方。
（2）一级故障（预约或报告功能全部不可用）：15分钟内响应，2小时内恢复；二级故障（部分中心或部分功能不可用）：30分钟内响应，8小时内恢复；三级故障：2个工作日内解决。
（3）服务抵扣：月度可用率低于约定值的，抵扣当月订阅服务费的5%；低于99%的，抵扣10%；一级故障恢复每超时1小时，另行抵扣当月订阅服务费的1%。
（4）乙方应于每季度结束后5个工作日内向甲方提交服务水平报告，列明可用率、故障记录、响应及恢复时间和应抵扣金额，甲方有权核查乙方的监控记录。
（5）乙方应每服务年度组织一次灾备切换演练，平台数据每日备份，备份数据保存于不同地域的境内数据中心，恢复点目标不超过15分钟。

第七条 数据权属与数据安全
（1）受检者个人信息、体检结果、报告及甲方业务数据（以下简称"甲方数据"）属于甲方所有。
（2）乙方有权在对甲方数据进行去标识化处理后，将其用于平台产品优化、算法模型训练及行业健康统计分析，该等使用无需另行取得甲方同意，亦不另行支付费用。
（3）乙方应将甲方数据存储于中国境内，采取加密传输与存储、最小权限访问、操作日志留存不少于6个月等安全措施，并保持平台等保三级备案有效。
（4）发生数据安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因导致甲方数据泄露、篡改或丢失的，乙方承担全部责任并赔偿甲方及受检者的损失。

第八条 保密
（1）双方对在合作中知悉的对方商业秘密、技术信息及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而解除。
（2）乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。
（3）未经甲方书面同意，乙方不得在宣传材料、案例介绍或投标文件中使用甲方名称、商标或体检中心信息。

第九条 知识产权
（1）"云检"平台及其功能的知识产权归乙方所有。
（2）乙方为甲方定制的报告模板、团检流程配置、接口程序及相关文档归甲方所有，甲方可自由使用、修改并许可第三方使用。

第十条 违约责任
（1）乙方未按第五条第（3）款期限提交验收申请的，每逾期一日，向甲方支付违约金人民币1,500元。
（2）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。
（3）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十一条 分包
（1）未经甲方书面同意，乙方不得将本合同项下的任何服务分包或转包给第三方。

第十二条 合同解除
（1）乙方严重违约，或连续两个月月度可用率低于99%，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

第十三条 服务终止后的数据处理
（1）本合同终止后30日内，乙方应按甲方要求以通用格式返还全部甲方数据，并在甲方确认后彻底删除，出具删除证明。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（1）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
（2）本合同附件包括：服务说明书、接口清单、实施计划及服务水平报告模板，附件与本合同具有同等效力。
（3）因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失；不可抗力持续超过30日的，甲方有权解除本合同，并按实际服务期间结算费用。

甲方（盖章）：康衡健康管理集团有限公司        乙方（盖章）：杭州云检科技有限公司
授权代表：__________                          授权代表：__________
日期：2025年  月  日                          日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
H389Z04 = """南屏市信访信息系统年度运维服务合同

项目编号：NPCG-2025-CS-027（竞争性磋商）
采购人（甲方）：南屏市信访局
地址：南屏市人民路12号
成交供应商（乙方）：南屏市恒信网络科技有限公司
地址：南屏市高新区科创路9号

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》，依据本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就信访信息系统年度运维服务事项订立本合同。

1. 服务内容
1.1 乙方对甲方信访信息系统提供年度运维服务，范围包括网上信访平台、信访事项办理系统、视频接访系统、来访登记终端及相关服务器、存储和网络设备。
1.2 服务方式：乙方以远程值守为主，每月到甲方现场全面巡检一次；重大节日、重要会议等敏感时期按甲方通知提供专项保障。
1.3 乙方应配合甲方完成年度网络安全等级保护测评，并对测评发现的问题进行整改加固。
1.4 乙方应建立运维工单制度，所有报障、变更及巡检均应通过工单记录，工单信息在甲方指定的运维管理平台留存，甲方可随时查阅。
1.5 系统变更、补丁安装及配置调整应提前向甲方提交变更申请，经甲方批准后在非办公时间实施，并做好回退准备。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。期满本合同终止，不自动续期；甲方需继续采购的，依法另行组织采购。

3. 进场与交接
3.1 乙方应于2025年7月1日前完成进场交接，向甲方提交系统资产清单、运维方案及应急预案。
3.2 乙方应在每月5日前提交上月运维报告，内容包括故障处理记录、巡检记录、安全事件及整改情况。
3.3 服务期满前15日，乙方应向甲方或甲方指定的后续服务单位完成运维交接，移交系统文档、账号清单、配置备份及未结工单，并配合完成交接验证。

4. 合同价款
4.1 合同总价为人民币伍拾玖万伍仟元整（¥595,000），为固定总价，含人工、差旅、工具、备品备件及税费。
4.2 分项价格：远程值守及现场巡检服务336,000元；应用系统维护158,000元；等保测评配合及安全加固64,000元；备品备件37,000元。

5. 付款方式
5.1 服务费按季度支付。每季度结束后，甲方根据第7条考核结果，在15个工作日内支付当季度服务费人民币148,750元，考核扣款从中扣除。
5.2 本合同不设预付款。乙方收款前应开具合法发票。

6. 服务水平
6.1 故障分级：一级故障指网上信访平台或信访事项办理系统整体不可用；二级故障指部分功能或部分终端不可用；三级故障指一般性问题及咨询。
6.2 响应时限：一级故障，乙方应在接到报障后6小时内响应并开始处置；二级故障在12小时内响应；三级故障在2个工作日内处理完毕。
6.3 一级故障响应每超时1小时，扣减服务费人民币500元；二级故障响应每超时1小时，扣减人民币200元。
6.4 乙方应每月对服务器、存储、网络设备、数据库及应用系统进行巡检，检查内容包括硬件状态、系统日志、磁盘容量、备份完成情况和安全漏洞，并形成巡检记录。
6.5 重大节日、重要会议等敏感时期，乙方应按甲方通知安排工程师在甲方现场值守，值守期间发生的故障应立即处置。

7. 考核与验收
7.1 甲方按季度对乙方进行考核，考核指标为：故障处理及时率不低于95%；巡检计划按期完成；安全漏洞整改闭环；甲方业务科室满意度评分不低于90分。季度考核不合格的，扣减当季度服务费的5%。
7.2 服务期满后30日内，甲方依据上述指标、运维报告及等保测评结果组织年度运维验收，并出具书面验收意见。验收不合格的，乙方应在甲方指定期限内整改。

8. 违约责任
8.1 乙方未按第3.1条约定完成进场交接，或未按第3.2条按期提交月度运维报告的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
8.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
8.3 因乙方原因造成甲方系统数据丢失或业务中断的，乙方应赔偿甲方因此遭受的损失。

9. 数据安全
9.1 信访数据（包括信访人个人信息、信访事项材料和办理记录）属于甲方所有，乙方仅可为履行本合同在甲方授权范围内接触，不得复制、留存或用于其他目的。
9.2 乙方人员须通过甲方堡垒机进行运维操作，禁止使用未经甲方登记的移动存储介质；运维账号实行专人专用，操作日志由甲方留存。
9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
9.4 服务期满或合同解除时，乙方应交还全部账号、密码及资料，删除其持有的与本项目有关的全部数据，并向甲方出具书面承诺。

10. 保密
10.1 乙方及其派驻人员对履行合同中知悉的信访事项、信访人信息及甲方内部工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方派驻人员应签署保密承诺书。保密义务在合同终止后继续有效。

11. 知识产权
11.1 乙方在服务期内编制的运维文档、巡检记录、应急预案、配置脚本及其他工作成果归甲方所有，甲方可自由使用、修改。

12. 人员
12.1 乙方应指定具备相应资质的项目负责人和技术人员，并将名单报甲方备案；人员更换应提前7日书面告知甲方并经甲方同意。
12.2 乙方人员应遵守甲方的保密、安全及考勤管理制度；甲方认为乙方人员不能胜任的，有权要求乙方更换，乙方应在5个工作日内安排合格人员接替。

13. 分包
13.1 乙方不得将本合同项下的服务分包或转包。

14. 合同解除
14.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

15. 争议解决
15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交南屏仲裁委员会仲裁。

16. 其他
16.1 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件与本合同具有同等效力。
16.2 本合同未尽事宜，双方可签订补充协议；补充协议不得变更本合同的实质性条款。
16.3 乙方在履约过程中应遵守政府采购相关规定，不得向甲方工作人员提供任何不正当利益；发现此类行为的，甲方有权解除合同并依法处理。
16.3 因不可抗力不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

甲方（盖章）：南屏市信访局            乙方（盖章）：南屏市恒信网络科技有限公司
代表：__________                      代表：__________
日期：2025年  月  日                  日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条 + 1.1, markdown price table)
H389Z05 = """# 质衡QMS质量管理系统软件许可及实施合同

> 本合同采用上海质衡软件有限公司标准合同文本（ZH-QMS-V5.0）。

合同编号：ZH-2025-0619

甲方（客户）：白溪山矿泉水有限公司
地址：吉林省白山市抚松县泉阳镇白溪路1号

乙方（供应商）：上海质衡软件有限公司
地址：上海市闵行区紫星路588号

甲方为提升饮用天然矿泉水生产的质量管理与追溯水平，拟采购乙方质衡QMS质量管理系统。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予质衡QMS平台软件的永久使用许可，包括质量检验、批次追溯、供应商质量、CAPA及文件控制模块。

1.2 乙方为甲方提供定制开发及实施服务，定制开发内容为：HACCP关键控制点监控模块、水源地水质在线监测接口、实验室LIMS接口及灌装线批次数据采集接口。

1.3 实施服务包括：系统安装部署、基础数据导入、质量检验标准与抽样方案配置、用户及权限配置、关键用户培训及上线支持。培训以乙方标准课程为准，共计6天。

1.4 甲方所需的服务器、操作系统、数据库及网络环境由甲方自行准备，并应符合乙方提供的部署要求。

1.5 乙方派出的实施顾问应具备食品饮料行业质量管理系统的实施经验，乙方可根据项目进展调整顾问人选。

## 第二条 合同价款

2.1 合同总价为人民币壹佰陆拾陆万元整，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | QMS平台软件许可（永久，50并发用户） | 1,180,000 |
| 2 | 定制开发 | 360,000 |
| 3 | 实施服务（部署、配置、培训） | 120,000 |
| | 合计 | 1,660,000 |

2.2 上述价格不含甲方要求的现场驻场服务、差旅及第三方软硬件费用，该等费用另行计收。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，计人民币830,000元。

3.2 系统上线后10个工作日内，甲方支付合同总价的50%，计人民币830,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施服务。

## 第四条 实施与交付

4.1 乙方计划在收到首期款后120日内完成系统部署上线。实施进度受甲方配合、数据准备或需求变更影响的，相应顺延。

4.2 如乙方未能按计划完成，乙方将调配资源尽快完成，双方协商调整实施计划。

4.3 甲方应指定项目负责人，及时提供需求确认、基础数据及测试环境，并在乙方提交文档后3个工作日内完成确认，逾期视为确认。

4.4 乙方的实施工作以远程方式为主，现场工作天数以实施方案为准；超出部分按乙方人天单价另行计费。

4.5 实施过程中甲方提出的需求变更，经双方确认后另行报价，相应工期顺延。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为对全部交付成果的确认，甲方不得再以功能或性能为由拒绝付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。期内乙方提供缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录或批次放行功能不可用）：乙方在24小时内响应；二级故障在3个工作日内响应；其他问题在后续版本中统一处理。

6.3 乙方将尽力在合理时间内排除故障，但不因响应或修复时间超出上述时限而承担任何扣款、赔偿或违约金。

6.4 免费维护期内的服务不包括甲方新增需求、第三方系统变更引起的接口调整及因甲方操作不当造成的问题处理，该等服务另行收费。

## 第七条 年度维保

7.1 免费维护期满后，甲方应购买年度维保服务。年度维保费为软件许可费的25%，即每服务年度人民币295,000元，按服务年度预付。

7.2 甲方未购买维保服务的，乙方不再提供缺陷修复、版本升级及技术支持；中断后重新购买的，甲方应补缴中断期间的维保费。

7.3 维保服务内容包括：缺陷修复、产品版本升级、远程技术支持及每服务年度一次系统健康检查。

## 第八条 知识产权

8.1 QMS平台及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、接口程序、报表及相关源代码、文档的知识产权均归乙方所有；甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的质量数据归甲方所有。

9.2 乙方采取访问控制、加密传输和定期备份等安全措施保护甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 甲方同意，乙方可对甲方质量数据进行脱敏处理后，用于乙方产品改进、行业质量对标分析以及向其他客户提供的行业基准报告。

9.4 系统部署于甲方机房，甲方负责服务器、操作系统及数据库的日常运行和备份；乙方远程维护须经甲方授权。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得披露，保密期至合同终止后二年。

10.2 乙方可将甲方名称及标识用于乙方的客户名单和市场宣传材料，但不得披露甲方的质量数据。

10.3 双方的通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱，发出后即视为送达。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任累计不超过合同总价的35%。

11.2 乙方不对间接损失、利润损失、产品召回或停产损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除本合同。

12.2 本合同解除的，甲方应支付乙方已完成工作对应的费用，已支付的软件许可费不予退还。

12.3 合同解除后，甲方应停止使用乙方尚未收取全部价款的定制开发成果。

## 第十三条 不可抗力

13.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十四条 争议解决

14.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同文本与乙方报价单不一致的，以本合同为准。

15.2 本合同附件包括：报价单、功能清单、实施方案及乙方服务条款。附件与本合同不一致的，以本合同为准。

甲方（盖章）：白溪山矿泉水有限公司　　　　乙方（盖章）：上海质衡软件有限公司

授权代表：__________　　　　授权代表：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price table as rows)
H389E01 = """T:Software Licence and Customisation Contract
P:Contract No. YH-SW-2025-08
P:This Contract is made between Tongren Yinhua Silverware Workshop Co., Ltd., a company established under the laws of the People's Republic of China with its registered office at No. 17 Jinjiang Road, Bijiang District, Tongren, Guizhou Province (the "Buyer"), and Dar Nakch Logiciels SARL, a company registered in the Republic of Tunisia with its office at 42 Avenue Ibn Jazzar, Kairouan (the "Vendor").
H:Recitals
P:(A) The Buyer designs and makes hand-finished silver jewellery and ornaments, including Miao-style pieces, and runs three CNC engraving machines in its Tongren workshop.
P:(B) The Vendor develops NakchCAM, an engraving and relief-modelling program used by jewellers and metal craftsmen in North Africa and Southern Europe.
P:(C) The Buyer wishes to acquire perpetual licences of NakchCAM together with customisation for its machines and motifs, and the Vendor agrees to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means NakchCAM Pro, version 7, in object code, and the Motif Library module, together with their user documentation and any corrections and updates supplied under this Contract.
P:1.2 "Custom Deliverables" means the Miao motif template set, the post-processors for the Buyer's three engraving machines, the order-import script and all related source code, parameter files and documentation prepared for the Buyer under this Contract.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
P:1.4 "Working Day" means a day on which banks are open for business in Tongren.
H:Article 2 Scope of Supply
P:2.1 The Vendor shall deliver and install eight workstation licences of NakchCAM Pro and one site licence of the Motif Library module, develop and install the Custom Deliverables, commission the software with the Buyer's engraving machines and train the Buyer's designers and machine operators.
P:2.2 The licences are perpetual, non-exclusive and transferable to any affiliate of the Buyer. They are activated with offline licence files, so that the software runs without a connection to the Vendor's servers.
P:2.3 The Buyer supplies the workstations, the engraving machines and a sample set of its motifs and drawings. The Vendor shall tell the Buyer in writing within ten days after signature of any further item it needs.
H:Article 3 Contract Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 612,000. It is fixed and includes all taxes and charges arising in the Vendor's country, travel and accommodation of the Vendor's staff, and all work under this Contract.
P:3.2 The Contract Price is made up as follows:
TB:Item|Description|Qty|Amount (CNY)
TB:1|NakchCAM Pro perpetual workstation licence|8|372,000
TB:2|Motif Library module, perpetual site licence|1|58,000
TB:Licence Subtotal|||430,000
TB:3|Customisation (motif templates, post-processors, order import)|1|124,000
TB:4|Installation and on-site commissioning|1|36,000
TB:5|Training, five days, interpreter included|1|22,000
TB:Contract Price|||612,000
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 122,400) within fifteen days after signature of this Contract and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 275,400) after the Licensed Software has been installed on all eight workstations, as recorded in an installation note signed by both parties. The installation note does not constitute acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 214,200) within twenty days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the account named in the Vendor's invoice. Bank charges arising outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and commissioning at the Buyer's workshop within 70 days after signature and deliver the Custom Deliverables with their source code at the same time.
P:5.2 Final Acceptance tests are run by the Buyer with the Vendor's engineer present and are passed when: (a) the 20-motif test set is engraved on each machine with a dimensional deviation of no more than 0.03 mm from the design file; (b) the post-processors produce tool paths that run without manual editing; (c) 200 test orders are imported from the Buyer's order spreadsheet without error; (d) all licences run offline; and (e) ten Working Days of production use pass without a Severity 1 fault.
P:5.3 When the tests are passed the Buyer signs the Final Acceptance Certificate within five Working Days. If a test fails, the Vendor shall correct the fault at its own cost and the test is repeated. Installation, use in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation and this Contract for 18 months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct all defects free of charge and supply all updates of NakchCAM Pro version 7 and any later version released during that period.
H:Article 7 Support and Service Levels
P:7.1 Support is given by telephone, e-mail and remote session in English or in Chinese through the Vendor's interpreter, from 08:00 to 20:00 Beijing time on Working Days.
P:7.2 Severity 1 means that the software cannot run on any workstation or that a post-processor produces unsafe tool paths. The Vendor shall respond to a Severity 1 fault within 2 hours and provide a workaround within 8 hours. Severity 2 faults receive a response within 8 working hours; Severity 3 faults are fixed within 5 Working Days.
P:7.3 For each full hour by which a Severity 1 response is late, the Vendor shall pay the Buyer CNY 300, which the Buyer may deduct from any amount due.
H:Article 8 Annual Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support covering defect correction, updates and the service levels of Article 7. The annual support fee is 14% of the Licence Subtotal, that is CNY 60,200 per support year, fixed for the first three support years. Any later increase shall not exceed 3% per support year and requires the Buyer's written agreement.
P:8.2 Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all rights in NakchCAM and its documentation, subject to the licences granted in this Contract.
P:9.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, modify, copy and license them to third parties without restriction, and the Vendor shall hand over their complete source code.
P:9.3 The Vendor warrants that the Licensed Software and the Custom Deliverables do not infringe any third-party right and shall indemnify the Buyer against any claim that they do.
H:Article 10 Buyer Data and Data Security
P:10.1 The Buyer's design files, motif drawings, customer orders and production records belong to the Buyer. The Vendor may process them only to perform this Contract.
P:10.2 Remote access to the Buyer's workstations is allowed only for a specific support case, after the Buyer's approval and through the remote tool the Buyer designates. The Vendor shall not copy Buyer data to its own systems and shall delete any file received for a support case when the case is closed.
P:10.3 The Vendor shall keep its support systems protected by current security measures, shall notify the Buyer within 24 hours of any incident affecting Buyer data and shall be liable for all losses caused by an incident attributable to it.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received under this Contract, including the Buyer's designs, customer lists and prices, use it only for this Contract and not disclose it to any third party without prior written consent. This obligation survives for three years after termination.
H:Article 12 Delay Damages and Liability
P:12.1 If the Vendor fails to complete installation and commissioning by the date in Article 5.1, it shall pay delay damages of CNY 500 for each day of delay, up to 10% of the Contract Price.
P:12.2 The Vendor's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 9.3, or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under Article 12.1 reach their maximum. The Vendor shall then refund all amounts paid for undelivered or rejected work.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the Republic of Tunisia.
P:15.2 Any dispute that the parties cannot settle amicably within 30 days shall be finally settled by arbitration under the rules of the Tunis Centre for Conciliation and Arbitration, seated in Tunis, conducted in English by one arbitrator.
H:Article 16 General
P:16.1 This Contract is made in English in two originals, one for each party, and enters into force on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
H389E02 = """# ZELLIGE BOOKING PLATFORM — ORDER FORM AND GENERAL TERMS

Order Form No. ZB-CN-0147

## PART A — ORDER FORM

**Provider:** Zellige Booking Technologies SARL, 9 Rue Rouamzine, Meknes, Kingdom of Morocco ("Provider").

**Customer:** Qinghai Kanbula Geopark Tourism Operation Co., Ltd., Kanbula Town, Jianzha County, Huangnan Prefecture, Qinghai Province, People's Republic of China ("Customer").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A1. Services

A1.1 Provider will provide Customer with the Zellige visitor booking platform as a hosted service for the Kanbula National Geopark: online ticket and time-slot booking, shuttle-bus seat reservation, group and school bookings, WeChat mini-program front end, gate validation, refunds, and daily sales and visitor-flow reports (the "Subscription Service").

A1.2 Provider will also carry out the following one-time work: configuration of ticket types, prices and daily visitor quotas; integration with the geopark's turnstile gate system at the two entrances; and set-up, data import and staff onboarding (the "Onboarding Services").

A1.3 The Subscription Service includes Chinese and English user interfaces, real-time visitor counts for the scenic areas, an administration console for up to 40 named staff users, standard updates and new features released by Provider during the Subscription Term, and support in Chinese through Provider's support desk in Xining during the opening hours of the geopark.

A1.4 Customer remains responsible for its ticket prices and visitor quotas, for the content it publishes through the platform, and for the WeChat Pay merchant account into which visitors' payments are made. Provider never holds visitors' money.

### A2. Subscription Term

A2.1 The initial Subscription Term is three Subscription Years starting on the Go-Live Date. A "Subscription Year" is each successive period starting on the Go-Live Date or on an anniversary of it.

A2.2 The Go-Live Date is the date on which Customer signs the Go-Live Acceptance certificate under clause A5.

### A3. Fees

At Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Service, up to 400,000 booked tickets per Subscription Year | per Subscription Year | 168,000 |
| Subscription Service, three Subscription Years | initial Subscription Term | 504,000 |
| Gate system integration | one-time | 54,000 |
| Set-up, data import and onboarding | one-time | 26,000 |
| **Total fees for the initial Subscription Term** | | **584,000** |

A3.1 Tickets booked above 400,000 in a Subscription Year are charged at CNY 0.35 per ticket, invoiced after the end of that Subscription Year. These usage charges are not part of the total above.

### A4. Invoicing and Payment

A4.1 The one-time fees (CNY 80,000) are invoiced after Go-Live Acceptance and are payable within 30 days of invoice.

A4.2 The Subscription fee for each Subscription Year is invoiced annually in advance on the first day of that Subscription Year and is payable within 30 days of invoice.

A4.3 No other amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

A5.1 Provider will complete the Onboarding Services within 45 days after the date of this Order Form (the "Target Go-Live Date").

A5.2 Go-Live Acceptance tests are run by Customer in the production environment and are passed when: (a) all ticket types, quotas and shuttle timetables for the next peak season are configured; (b) 1,000 test bookings paid by WeChat Pay are confirmed and refunded correctly; (c) QR codes are validated at every turnstile in under one second each; (d) daily reports reconcile with payment-channel statements; and (e) the booking front end handles 3,000 concurrent users with page response below 2 seconds. Customer then signs the Go-Live Acceptance certificate. Use of the platform during testing is not acceptance.

A5.3 If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 40,000.

### A6. Renewal

A6.1 At the end of the initial Subscription Term, and of each renewal term, the Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

A6.2 For each renewal term Provider may increase the Subscription fee by up to 8% over the fee of the preceding Subscription Year by notifying Customer at least 30 days before the renewal date.

Signed for Provider: ____________________ Date: ________

Signed for Customer: ____________________ Date: ________

## PART B — GENERAL TERMS

### B1. Service Levels

B1.1 Provider will make the Subscription Service available 99.95% of each calendar month, excluding maintenance windows announced at least 48 hours in advance and scheduled between 00:00 and 06:00 Beijing time.

B1.2 Priority 1 incidents (booking, payment or gate validation unavailable) are answered within 30 minutes at any time of day and restored within 3 hours. Priority 2 incidents are answered within 2 hours and restored within one Business Day. Priority 3 requests are handled within 5 Business Days.

B1.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly share of the Subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly share. If a Priority 1 incident is not answered in time, Customer receives a credit of CNY 500 for each late hour. Credits are set off against the next invoice.

### B2. Customer Data and Security

B2.1 "Customer Data" means all data entered into or generated by the Subscription Service for Customer, including visitor names, identity-card numbers, phone numbers, bookings and payment records. Customer Data belongs to Customer. Provider may use it only to provide the services to Customer.

B2.2 Provider will host the Subscription Service and all Customer Data in a data centre in mainland China operated by a licensed Chinese cloud provider, will not transfer Customer Data outside mainland China, and will comply with the Personal Information Protection Law and the Data Security Law of the PRC.

B2.3 Provider will keep technical and organisational security measures at least equal to MLPS level 2, including encryption of identity data in transit and at rest, role-based access with multi-factor authentication for its staff, and access logs kept for six months.

B2.4 Provider will notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, will take all steps needed to contain it, and is responsible for the losses and regulatory penalties caused by an incident attributable to Provider or its hosting provider.

B2.5 Within 30 days after the Agreement ends, Provider will return all Customer Data in CSV format and then delete it, and will confirm the deletion in writing.

B2.6 Provider may use its hosting provider named in the Order Form annex as sub-processor. Provider shall not engage any other sub-processor or subcontractor for the services without Customer's prior written consent.

### B3. Intellectual Property

B3.1 Provider owns the Zellige platform and all improvements to it.

B3.2 Ticket templates, visitor notices, maps, images and report formats prepared for Customer, and the gate integration configuration, belong to Customer, who may use, change and hand them to any other service provider freely.

### B4. Confidentiality

B4.1 Each party will keep confidential the non-public business, technical and pricing information of the other party, use it only for this Agreement and not disclose it to third parties without the other party's written consent, during the Agreement and for three years after it ends.

### B5. Liability

B5.1 Neither party is liable for indirect or consequential loss or loss of profit.

B5.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to liability under clause B2.4, to personal injury or to wilful misconduct.

### B6. Suspension and Termination

B6.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

B6.2 Customer may also terminate the Agreement by written notice if availability falls below 99% in any two months of a Subscription Year.

B6.3 On termination for Provider's breach, Provider refunds the prepaid Subscription fee for the period after termination.

### B7. General

B7.1 The Agreement is written in English. Notices are given by e-mail to the addresses in the Order Form and confirmed by courier.

B7.2 Neither party may assign the Agreement without the other party's written consent.

B7.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly and does what it reasonably can to limit the effect. If such an event prevents the Subscription Service for more than 30 days, Customer may terminate the Agreement and Provider refunds the prepaid fee for the period not used.

### B8. Governing Law and Jurisdiction

B8.1 The Agreement is governed by the laws of the Kingdom of Morocco.

B8.2 Any dispute arising out of or in connection with the Agreement is submitted to the exclusive jurisdiction of the Commercial Court of Meknes.
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
H389E03 = """T:Supply and Installation Contract for Packing-House Sensors and Grading Cameras
P:Contract No. QY-PH-2025-031
P:Buyer: Hunan Qianyang Citrus Farm Co., Ltd., Anjiang Town, Hongjiang City, Huaihua, Hunan Province, People's Republic of China (the "Buyer").
P:Supplier: Madaba AgriSense Integration LLC, King Hussein Street, Madaba, Hashemite Kingdom of Jordan (the "Supplier").
P:The Buyer grows and packs navel oranges and ponkan mandarins and is modernising its packing house and cold rooms at Anjiang. Following the Buyer's invitation to tender of 12 May 2025, the Supplier has offered to supply, install and commission a monitoring system for the packing house. The parties therefore agree as follows, on the Buyer's standard terms for equipment purchases.
H:Section 1 Definitions and Scope
P:1.1 "System" means the sensors, cameras, gateways, monitoring software and integration work listed in Section 2, installed and working together as described in the Technical Specification attached to the Buyer's tender.
P:1.2 "Site" means the Buyer's packing house, its four cold rooms and the ripening room at Anjiang.
P:1.3 The Supplier shall design the sensor layout, deliver, install and commission the System, integrate the grading cameras with the existing grading line controller, train the Buyer's staff, and provide warranty service.
H:Section 2 Price
P:2.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 680,000, fixed, including delivery to Site, import duties, taxes, installation, travel and all warranty service.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Cold-room temperature and humidity sensor|48|1,850|88,800
TB:2|Ethylene and CO2 sensor for ripening room and cold rooms|12|9,600|115,200
TB:3|Optical grading camera with lighting hood|6|38,500|231,000
TB:4|Wireless gateway|4|7,200|28,800
TB:5|Monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Software Subtotal|||559,800
TB:6|Installation and commissioning|1||64,000
TB:7|Integration with grading line controller|1||47,000
TB:8|Training|1||9,200
TB:|Contract Price|||680,000
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 68,000) is paid within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 374,000) is paid after all equipment has been delivered and installed at Site, as recorded in a delivery and installation note. That note is not acceptance.
P:3.3 The balance of 35% (CNY 238,000) is paid within 30 days after Final Acceptance.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to Site within 60 days after signature and complete installation and commissioning within 90 days after signature, so that the System is in use before the start of the main harvest.
P:4.2 The Supplier is the importer of the goods and bears all risk until delivery at Site.
P:4.3 The Supplier shall submit a detailed installation plan and sensor layout drawing for the Buyer's approval within 20 days after signature. Installation work in the cold rooms shall be done without interrupting the storage of fruit, and any work in the packing house shall be scheduled with the Buyer's packing manager so that the grading line is not stopped for more than two days in total.
P:4.4 The Supplier shall deliver with the equipment the manufacturer's certificates of origin and conformity, calibration certificates for every sensor, operating and maintenance manuals in Chinese, and a list of recommended spare parts with prices.
P:4.5 Training covers daily use of the monitoring software, alarm handling, sensor cleaning and replacement, and basic camera maintenance, for at least ten of the Buyer's staff at Site.
H:Section 5 Acceptance
P:5.1 After commissioning the System runs for 14 consecutive days under normal packing operations. Final Acceptance is given when: (a) every temperature sensor reads within 0.3 degrees Celsius of the Buyer's calibrated reference thermometer; (b) data from all sensors arrive at the monitoring software without gaps longer than ten minutes during the run; (c) high-temperature, high-ethylene and gateway-offline alarms reach the duty phones in tests; (d) the grading cameras sort a 2,000-fruit test batch into the right class with at least 97% accuracy against manual grading; and (e) no Severity 1 fault occurs in the last seven days of the run.
P:5.2 The Buyer signs the Final Acceptance Certificate within five working days after the tests are passed. Delivery, installation, use of the System in production or any payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for 24 months from Final Acceptance. During that period it shall repair or replace any defective part free of charge, including parts, labour and travel, and provide software updates.
P:6.2 The Supplier shall keep a stock of spare sensors and one spare camera in Changsha during the warranty period.
P:6.3 The Supplier shall recalibrate all temperature and gas sensors free of charge once in each harvest season during the warranty period and issue new calibration certificates. Parts replaced under warranty carry their own warranty until the later of the end of the warranty period and six months after replacement.
H:Section 7 Service Levels
P:7.1 Severity 1 means that cold-room monitoring or the grading line is out of service. The Supplier shall respond within 1 hour by telephone or remote session and have an engineer at Site within 24 hours. Severity 2 (single sensor or camera faulty) is answered within 8 hours and fixed within three working days.
P:7.2 For each hour of late response to a Severity 1 fault the Supplier pays CNY 500, and for each day of late attendance at Site CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:Section 8 Support after Warranty
P:8.1 After the warranty period the Supplier shall, at the Buyer's request, provide annual support with the same service levels for an annual fee of 9% of the Hardware and Software Subtotal, that is CNY 50,382 per support year. This fee is fixed for three support years after the warranty period. Support is ordered by the Buyer in writing for each support year and does not renew automatically.
H:Section 9 Buyer Data and Security
P:9.1 All measurement data, images, alarm records and grading results produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The monitoring software runs on the Buyer's server at Site. Remote access by the Supplier requires the Buyer's approval for each session and uses the VPN account the Buyer provides; the Supplier shall not copy Buyer data off Site.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any incident affecting Buyer data or the System's security and is liable for losses caused by an incident attributable to it.
H:Section 10 Intellectual Property
P:10.1 The sensor layout, integration programs, dashboards and reports made for the Buyer, with their source code and documentation, belong to the Buyer, who may use and modify them freely and have them maintained by others. The monitoring software remains the property of its owner and is licensed to the Buyer perpetually.
H:Section 11 Confidentiality
P:11.1 The Supplier shall keep confidential all non-public information received from the Buyer, including yields, prices, customer names and grading standards, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for three years after it ends.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier misses the completion date in Section 4.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 11, which are not limited.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling work by a local contractor approved in writing by the Buyer is allowed, and the Supplier remains responsible for it.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier then refunds the amounts paid for equipment that the Buyer returns.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.
H:Section 16 General
P:16.1 This Contract is made in English and Chinese; both texts are equally authentic. It enters into force on signature by both parties.
P:16.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the effect. The Supplier's obligations on delivery dates are extended by the period of the force majeure event, but not by more than 45 days.
P:16.3 Amendments to this Contract must be in writing and signed by authorised representatives of both parties. Notices are sent to the addresses above, with a copy by e-mail.
P:Annex 1: Technical Specification. Annex 2: Sensor layout drawing. Annex 3: Acceptance test record form.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules)
H389E04 = """# MANAGED WI-FI SERVICE AGREEMENT

Agreement No. CW-PH-2025-019

**Between**

1. **Pinghu Xingtu Luggage Co., Ltd.**, a company incorporated in the People's Republic of China, of No. 88 Xingping Road, Pinghu Economic Development Zone, Zhejiang Province ("Customer"); and
2. **Cedar Wave Networks S.A.L.**, a company incorporated in Lebanon, of Fouad Chehab Avenue, Jounieh, Lebanon, acting in China through its engineering partner office in Jiaxing ("Provider").

**Background**

(A) Customer makes hard-shell and soft luggage at its Pinghu plant, which has three production halls, a finished-goods warehouse and an office building.

(B) Customer needs reliable wireless coverage for handheld scanners, automated guided vehicles, tablets on the assembly lines and office users, and wishes to buy it as a managed service rather than own the equipment.

(C) Provider designs, installs, owns and operates managed wireless networks for manufacturers.

## 1. Definitions

1.1 "Service" means the managed Wi-Fi service described in clause 2 and Schedule 1.

1.2 "Equipment" means the access points, controllers, switches and sensors that Provider installs at the Site; Provider owns the Equipment throughout the Term.

1.3 "Site" means Customer's plant at the address above.

1.4 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.5 "Minimum Term" means 36 months from the Service Commencement Date.

## 2. The Service

2.1 Provider will survey the Site, design the network, install and configure the Equipment, and then operate, monitor and maintain the network around the clock from its network operations centre.

2.2 The Service includes three SSIDs (production, office and guest), roaming for automated guided vehicles, guest portal with SMS login, monthly coverage and performance reports, and replacement of failed Equipment.

2.3 Provider will make changes to the network requested by Customer within the limits of Schedule 2 without additional charge.

2.4 Customer will provide, free of charge, mounting points, power sockets near each access point location, space in its server room for the controllers, and escorted access to the Site during working hours. Customer will also give Provider its production plan so that installation in the production halls does not disrupt output.

2.5 Provider will assign a named service manager who meets Customer's IT manager once a month to review the monthly report, open incidents and planned changes, and who is Customer's point of escalation for any service issue.

## 3. Installation

3.1 Provider will complete the site survey within 15 days after signature and installation within 50 days after signature (the "Target Commencement Date").

3.2 If the Service Commencement Date falls after the Target Commencement Date for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay, up to CNY 60,000.

## 4. Service Acceptance

4.1 After installation Provider demonstrates the network in Customer's presence. The network is accepted when: (a) a walk test shows signal of -67 dBm or better on at least 95% of the measured points in each production hall and the warehouse; (b) automated guided vehicles roam between access points with no session loss over a full shift; (c) each SSID delivers at least 50 Mbps per test client at the busiest location; and (d) the network runs for seven days without a Priority 1 incident.

4.2 Customer signs the Service Acceptance Certificate within three working days after the criteria are met. Use of the network before that date is not acceptance.

## 5. Charges and Payment

5.1 At Customer's request all charges are stated and paid in Chinese yuan (CNY). The charges are set out in Schedule 2.

5.2 The Installation Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. Invoices are payable within 30 days.

5.3 No charge is payable before the Service Commencement Date.

## 6. Service Levels and Service Credits

6.1 Provider will meet the network availability and incident response levels in Schedule 1.

6.2 If Provider misses a level, Customer receives the service credits in Schedule 1, which are deducted from the next invoice.

## 7. Customer Data

7.1 All network logs, user lists, guest login records, configuration backups and reports relating to Customer's network ("Customer Data") are Customer's property.

7.2 Provider will use Customer Data only to provide the Service and will return it to Customer at the end of the Term.

## 8. Intellectual Property

8.1 Provider keeps all rights in its monitoring platform and tools.

8.2 The site survey report, heat maps, network design and configuration files prepared for Customer belong to Customer, who may use, change and give them to any other provider freely.

## 9. Confidentiality

9.1 Each party will keep confidential the other party's non-public information, including Customer's production layout, product designs and network passwords, use it only for this Agreement and not disclose it to third parties without prior written consent, during the Term and for three years afterwards.

## 10. Personnel and Subcontracting

10.1 Provider's engineers working at the Site will follow Customer's safety and access rules.

10.2 Provider may not subcontract any part of the Service without Customer's prior written consent, except the Jiaxing partner office named above, which Customer approves by signing this Agreement. Provider remains responsible for all subcontractors.

## 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Minimum Term, except for personal injury and wilful misconduct, which are not limited.

11.2 Provider is responsible for loss of or damage to the Equipment unless caused by Customer's negligence.

11.3 Neither party is liable for indirect loss or loss of profit. Provider is not liable for production losses of Customer caused by wireless interference from equipment that Customer installs without consulting Provider.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues for the Minimum Term. It then ends unless the parties agree a renewal in writing; there is no automatic renewal.

12.2 Customer may not terminate this Agreement before the end of the Minimum Term. Customer's remedies for any failure of Provider to perform the Service are the service credits under clause 6 and damages under clause 11; Customer is not entitled to terminate the Agreement for breach.

12.3 Provider may suspend the Service or terminate this Agreement if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

12.4 At the end of the Agreement Provider removes the Equipment within 30 days and restores the mounting points.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that the parties cannot resolve by negotiation within 30 days are submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.

## 14. General

14.1 This Agreement is written in English. It enters into force when signed by both parties.

14.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, if it informs the other party promptly. During such an event the Monthly Service Charge is reduced in proportion to the sites without service.

14.3 Amendments to this Agreement, including its Schedules, must be in writing and signed by both parties.

14.4 Notices under this Agreement are given in writing to the addresses above and by e-mail to the contacts named by each party. Neither party may assign this Agreement without the other party's written consent.

14.5 If any provision of this Agreement is held invalid, the other provisions remain in force, and the parties will replace the invalid provision with a valid one that comes as close as possible to its purpose.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 — Service Levels

Availability: the network in each production hall and in the warehouse is available 99.95% of each calendar month, measured by Provider's monitoring platform and excluding maintenance agreed by Customer.

| Priority | Description | Response | Restoration |
|---|---|---|---|
| Priority 1 | A production hall or the warehouse without coverage, or AGV roaming failed | 15 minutes | 3 hours |
| Priority 2 | Several access points down, or one SSID unavailable | 1 hour | 8 hours |
| Priority 3 | Single access point or guest portal fault | 8 business hours | 3 business days |

Service credits: for availability below the commitment, 5% of the Monthly Service Charge for each started 0.1 percentage point of shortfall; for each late Priority 1 response, CNY 800; for each hour of late Priority 1 restoration, 2% of the Monthly Service Charge. Credits in a month are limited to 50% of the Monthly Service Charge.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge (survey, design, cabling, installation) | one-time | 58,000 |
| Monthly Service Charge (128 access points, 2 controllers, 14 PoE switches, NOC operation) | per month | 21,500 |
| Monthly Service Charges for the Minimum Term | 36 months | 774,000 |
| **Total charges for the Minimum Term** | | **832,000** |

Changes included in the Monthly Service Charge: up to 20 configuration changes per month and relocation of up to 10 access points per contract year. Additional access points are charged at CNY 160 per access point per month.
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, a Schedule)
H389E05 = """API SUBSCRIPTION AGREEMENT — REACH SUBSTANCE CHECK SERVICE

Agreement reference: NCD-GZ-2025-066

PARTIES

Nile Compliance Data S.A.E., a joint stock company incorporated in the Arab Republic of Egypt, with its registered office at Sheikh Zayed Street, Ismailia, Egypt ("Vendor").

Guangzhou Huapi Export Trading Platform Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Leather City, Shiling Town, Huadu District, Guangzhou, Guangdong Province ("Customer").

BACKGROUND

Customer runs an online export platform through which about 1,900 leather goods makers sell handbags, belts, shoes and leather garments to buyers in the European Union. EU buyers ask for evidence that articles do not contain substances of very high concern above the REACH limits, and restricted substances such as chromium VI, azo dyes and certain PFAS. Vendor maintains a database of REACH candidate-list and restricted substances, and an application programming interface (API) that checks bills of materials and supplier declarations against it. Customer wishes to connect its platform to the API so that its sellers can check their products before listing them.

1. DEFINITIONS

1.1 "API" means Vendor's REACH Substance Check application programming interface, version 3, and its documentation.

1.2 "Customer Data" means bills of materials, supplier declarations, test reports, product records and seller information that Customer or its sellers submit through the API, and the check results produced from them.

1.3 "Subscription Year" means each successive period starting on the Service Start Date or on an anniversary of it.

1.4 "Service Start Date" means the date on which Customer signs the Onboarding Acceptance note under clause 4.

2. SERVICES

2.1 Vendor grants Customer a non-exclusive right, during the Subscription Term, to call the API from Customer's platform and to let Customer's sellers view the check results through Customer's platform.

2.2 Vendor will carry out the onboarding work in the Schedule: mapping of Customer's material and chemical codes to CAS numbers, a Chinese-language result template, and test support for Customer's integration.

2.3 Vendor will update the substance database within ten working days after each update of the REACH candidate list or Annex XVII published by the European Chemicals Agency.

2.4 Vendor will inform Customer by e-mail of each database update, with a summary of the newly listed or restricted substances and the articles in Customer's recent checks that may be affected.

2.5 Customer is responsible for the accuracy of the bills of materials and declarations submitted by its sellers and for the decisions it and its sellers take on the basis of the check results. The check results are an aid to compliance and do not replace laboratory testing where EU buyers require it.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years from the Service Start Date.

3.2 The Agreement ends at the end of the Subscription Term. Any renewal must be agreed in writing and is not automatic.

4. ONBOARDING AND ACCEPTANCE

4.1 Vendor will complete the onboarding work within 40 days after signature of this Agreement.

4.2 Onboarding is accepted when: (a) a test set of 300 articles chosen by Customer is checked through the API and at least 98% of the results match the results of Customer's external laboratory consultant; (b) every candidate-list substance in the test set is flagged with its CAS number and concentration limit; (c) the Chinese result template shows the correct article, substance and limit for each flag; and (d) the API answers 20 calls per second from Customer's platform with a median response time below 800 milliseconds during a one-hour load test. Customer then signs the Onboarding Acceptance note. Use of the API in testing is not acceptance.

4.3 If onboarding is not accepted within 40 days after signature for reasons attributable to Vendor, Vendor will pay Customer CNY 250 for each day of delay, up to CNY 22,000.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days.

5.3 API calls above the annual allowance are invoiced quarterly in arrears at the rate in the Schedule.

5.4 The fees are fixed for the Subscription Term. Vendor bears all taxes and bank charges arising in Egypt; Customer bears those arising in China.

5.5 If Customer disputes part of an invoice in good faith, it pays the undisputed part on time, and the parties settle the disputed part within 30 days.

6. SERVICE AVAILABILITY AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests from Customer promptly.

6.2 Support requests are made by e-mail to Vendor's support desk, which works from Sunday to Thursday, Cairo business hours.

6.3 Vendor may suspend the API for maintenance and will try to announce planned maintenance in advance.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor will process Customer Data only to provide the API to Customer and will not use it for any other purpose, including the building or improvement of its own databases.

7.2 Vendor will store Customer Data only in its data centre in Frankfurt, Germany, encrypted at rest and in transit, and will keep check results for 90 days only unless Customer asks for longer storage. Customer is responsible for any export-data filing required in China for the transfer of Customer Data.

7.3 Vendor will maintain ISO/IEC 27001 certification for the API service, restrict access to Customer Data to named staff with multi-factor authentication, and test its systems for vulnerabilities at least twice per Subscription Year.

7.4 Vendor will notify Customer of any security incident affecting Customer Data within 24 hours of discovering it and will bear the costs and losses caused by an incident attributable to Vendor, including the cost of notifying affected sellers.

7.5 When the Agreement ends Vendor will delete all Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, the substance database and its software.

8.2 The material code mapping tables and the Chinese result template prepared for Customer, and all reports generated for Customer's sellers, belong to Customer, who may use, change and share them freely, also with other service providers.

9. SUBCONTRACTING

9.1 Vendor may not subcontract any part of the services, other than the hosting of its data centre by its existing hosting provider, without Customer's prior written consent.

10. LIABILITY

10.1 Vendor does not guarantee that its database is complete, but will correct any error reported by Customer within five working days.

10.1A Neither party is liable for indirect or consequential loss, including loss of sales or orders, except where caused by wilful misconduct.

10.2 Vendor's total liability under this Agreement is limited to twice the total fees payable for the Subscription Term, except for wilful misconduct and liability under clause 7.4, which are not limited.

11. TERMINATION

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 If Customer terminates for Vendor's breach, Vendor refunds the subscription fee for the remainder of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days are submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou, in English.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

13.2 Notices are given in writing to the addresses above, with a copy by e-mail.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government orders, provided it notifies the other party promptly. If such an event lasts longer than 30 days, either party may terminate the Agreement by written notice and Vendor refunds any fee paid for the period after termination.

13.4 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the whole of its business.

SCHEDULE — FEES AND ONBOARDING

Subscription fee: CNY 138,000 per Subscription Year, including 250,000 API calls per Subscription Year.
Subscription fees for the Subscription Term (two Subscription Years): CNY 276,000.
Onboarding fee (code mapping, Chinese result template, integration test support), one-time: CNY 22,000.
Total fees for the Subscription Term: CNY 298,000.
Additional API calls: CNY 0.12 per call above the annual allowance, not included in the total.

Onboarding work: (1) mapping of up to 6,000 material and chemical codes from Customer's catalogue; (2) result template in Simplified Chinese with article, substance, CAS number, limit and status; (3) sandbox access and two remote test sessions with Customer's developers.

SIGNATURES

For Vendor: ____________________ Name and title: ____________________ Date: ________

For Customer: ____________________ Name and title: ____________________ Date: ________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h389z01": ("h389z01_statistics_bureau_online_direct_reporting_platform.pdf", "pdf", H389Z01),
    "h389z02": ("h389z02_fireworks_filling_line_control_retrofit.docx", "docx", H389Z02),
    "h389z03": ("h389z03_health_checkup_chain_booking_report_saas.txt", "txt", H389Z03),
    "h389z04": ("h389z04_petition_bureau_system_annual_om.txt", "txt", H389Z04),
    "h389z05": ("h389z05_mineral_water_qms_supplier_template.md", "md", H389Z05),
    "h389e01": ("h389e01_silver_workshop_engraving_licences_tunisian_vendor.pdf", "pdf", H389E01),
    "h389e02": ("h389e02_geopark_booking_saas_order_form_moroccan_vendor.md", "md", H389E02),
    "h389e03": ("h389e03_citrus_packing_house_sensors_jordanian_integrator.docx", "docx", H389E03),
    "h389e04": ("h389e04_luggage_plant_managed_wifi_lebanese_provider.md", "md", H389E04),
    "h389e05": ("h389e05_leather_platform_reach_check_api_egyptian_vendor.txt", "txt", H389E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# Common "clean" terms; every contract below states what differs from them.
CLEAN = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")

# value, category, kind, term overrides, extra overrides, TCO inputs (fee base, fee per year) for goods_or_licence
SPEC = {
    "h389z01": dict(value=2380000, category="software", kind="goods_or_licence",
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                               liability_cap_pct=200, prepayment_pct=476000 / 2380000 * 100,
                               final_payment_on_acceptance=True, warranty_months=36,
                               post_warranty_fee_pct=100800 / 1260000 * 100),
                    capped=True, fee_year=100800),
    "h389z02": dict(value=2104000, category="hardware", kind="goods_or_licence",
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=420800 / 2104000 * 100,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=None,
                               subcontract_without_consent=True),
                    capped=False, fee_year=None),
    "h389z03": dict(value=3 * 486000 + 168000, category="cloud", kind="service",
                    terms=dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                               ld_rate_per_day_pct=1500 / (3 * 486000 + 168000) * 100, liability_cap_pct=150)),
    "h389z04": dict(value=595000, category="services", kind="service",
                    terms=dict(p1_response_hours=6, ld_rate_per_day_pct=0.03)),
    "h389z05": dict(value=1660000, category="software", kind="goods_or_licence",
                    terms=dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               liability_cap_pct=35, prepayment_pct=830000 / 1660000 * 100, acceptance_clause=False,
                               final_payment_on_acceptance=False, warranty_months=6,
                               post_warranty_fee_pct=295000 / 1180000 * 100, subcontract_without_consent=None,
                               governing_law=None),
                    extra=dict(ld_stated=False, acceptance_deemed_on_delivery=True), capped=True, fee_year=295000),
    "h389e01": dict(value=612000, category="software", kind="goods_or_licence",
                    terms=dict(p1_response_hours=2, ld_rate_per_day_pct=500 / 612000 * 100, liability_cap_pct=150,
                               prepayment_pct=122400 / 612000 * 100, final_payment_on_acceptance=True,
                               warranty_months=18, post_warranty_fee_pct=60200 / 430000 * 100,
                               governing_law="Tunisia"),
                    capped=True, fee_year=60200),
    "h389e02": dict(value=3 * 168000 + 54000 + 26000, category="cloud", kind="service",
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5,
                               ld_rate_per_day_pct=400 / (3 * 168000 + 54000 + 26000) * 100,
                               liability_cap_pct=6 / 36 * 100, auto_renewal_price_increase=True,
                               governing_law="Morocco")),
    "h389e03": dict(value=680000, category="hardware", kind="goods_or_licence",
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                               prepayment_pct=68000 / 680000 * 100, final_payment_on_acceptance=True,
                               warranty_months=24, post_warranty_fee_pct=50382 / 559800 * 100),
                    capped=True, fee_year=50382),
    "h389e04": dict(value=36 * 21500 + 58000, category="services", kind="service",
                    terms=dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                               ld_rate_per_day_pct=600 / (36 * 21500 + 58000) * 100, liability_cap_pct=150,
                               termination_for_breach=False)),
    "h389e05": dict(value=2 * 138000 + 22000, category="cloud", kind="service",
                    terms=dict(sla_remedy=False, confidentiality=False,
                               ld_rate_per_day_pct=250 / (2 * 138000 + 22000) * 100, liability_cap_pct=200),
                    extra=dict(sla_clause=False)),
}

# expected rules, written by hand from policy.md; main() re-derives them from the labels and asserts equality
EXPECTED = {
    "h389z01": [],
    "h389z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h389z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h389z04": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "h389z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h389e01": ["CR-GOVERNING-LAW"],
    "h389e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h389e03": [],
    "h389e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h389e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h389z01": "low", "h389z02": "high", "h389z03": "medium", "h389z04": "medium", "h389z05": "high",
        "h389e01": "low", "h389e02": "medium", "h389e03": "low", "h389e04": "high", "h389e05": "high"}


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    s, t = SPEC[key], label(key)["expected_terms"]
    if s["kind"] != "goods_or_licence" or s.get("fee_year") is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * s["fee_year"]
    total = s["value"] + fees
    return dict(post_warranty_years=years, fees=fees, tco=total, share_pct=fees / total * 100)


def label(key):
    s = SPEC[key]
    terms = dict(CLEAN)
    terms.update(s["terms"])
    terms["contract_kind"] = s["kind"]
    extra = dict(sla_clause=True, ld_stated=terms["ld_rate_per_day_pct"] is not None)
    if s["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = s["capped"]
    extra["acceptance_deemed_on_delivery"] = False
    extra["contract_value"] = s["value"]
    extra.update(s.get("extra", {}))
    extra["contract_value"] = extra.pop("contract_value")  # keep contract_value last
    name, fmt, _ = FILES[key]
    return {"file": name, "language": "zh" if key[4] == "z" else "en", "category": s["category"],
            "expected_terms": {k: terms[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(EXPECTED[key])}


def derive_rules(key):
    """policy.md §3 read on the labels (my reading, not the code's)."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c is not None and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold figures (none may appear in any text)
NUM = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_DIGIT = "〇零一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [NUM + r"99\.9(?!\d)"],
    "P1 response 4 hours": [NUM + r"4\s*-?\s*(?:个\s*)?(?:小时|hours?|hrs?\b|h\b)",
                            "(?<![" + CN_DIGIT + "])四\\s*个?\\s*小时", r"\bfour[\s-]*hours?\b",
                            NUM + r"240\s*(?:minutes?|mins?\b|分钟)", "二百四十分钟"],
    "delay damages 0.05 %": [NUM + r"0\.05(?!\d)", "万分之五", r"\b(?:five|5)\s+(?:ten-thousandths|basis\s+points)"],
    "liability cap 100 %": [NUM + r"100" + PCT, "百分之百", "百分之一百", r"\bone\s+hundred\s+per\s*cent",
                            r"\bhundred\s+percent"],
    "prepayment 30 %": [NUM + r"30" + PCT, "百分之三十(?![一二三四五六七八九])", "三成", r"\bthirty\s+per\s*cent",
                        r"\bthirty\s+percent"],
    "warranty 12 months": [NUM + r"12\s*-?\s*(?:个\s*)?(?:月|months?)", "(?<![" + CN_DIGIT + "])十二\\s*个\\s*月",
                           r"\btwelve[\s-]*months?", r"\bone[\s-]*years?\b", NUM + r"1\s*-?\s*years?\b",
                           "(?<![" + CN_DIGIT + "])一\\s*年(?!度)", r"\ba\s+year\b"],
    "post-warranty fee 15 %": [NUM + r"15" + PCT, "百分之十五", r"\bfifteen\s+per\s*cent", r"\bfifteen\s+percent"],
    "TCO share 40 %": [NUM + r"40" + PCT, "百分之四十(?![一二三四五六七八九])", "四成", r"\bforty\s+per\s*cent",
                       r"\bforty\s+percent"],
    "5 years": [NUM + r"5\s*-?\s*(?:个\s*)?(?:年|years?)", "(?<![" + CN_DIGIT + "])五\\s*个?\\s*年",
                r"\bfive[\s-]*years?", NUM + r"60\s*-?\s*(?:个\s*)?(?:月|months?)", "六十\\s*个\\s*月",
                r"\bsixty[\s-]*months?"],
}
SELF_TEST_HIT = ["99.9%", "4小时", "四小时", "4 hours", "four-hour", "240 minutes", "0.05%", "万分之五", "100%",
                 "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months",
                 "one year", "一年", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months",
                 "六十个月", "a year"]
SELF_TEST_MISS = ["24小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "四十二个月", "二十二个月", "2025年",
                  "服务年度", "Subscription Year", "24 hours", "14 hours", "150%", "35%", "0.1%", "130%", "一年度",
                  "2025 年", "36 months", "18 months", "245 minutes", "0.055", "二十四个月", "三年", "25%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for what, pats in THRESHOLD_PATTERNS.items():
            for p in pats:
                for m in re.finditer(p, variant, flags=re.I):
                    hits.append((what, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in SELF_TEST_HIT:
        assert threshold_hits("xx " + s + " yy"), ("must hit", s)
    for s in SELF_TEST_MISS:
        assert not threshold_hits("xx " + s + " yy"), ("must not hit", s, threshold_hits("xx " + s + " yy"))


# ---------------------------------------------------------------- reading back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def arithmetic():
    assert 1260000 + 845000 + 138000 + 96000 + 41000 == 2380000
    assert 476000 + 1071000 + 833000 == 2380000 and 1260000 * 8 // 100 == 100800
    assert 486000 + 372000 + 618000 + 154000 + 86000 == 1716000
    assert 1716000 + 214000 + 128000 + 46000 == 2104000
    assert 420800 + 736400 + 799520 + 147280 == 2104000
    assert [2104000 * p // 100 for p in (20, 35, 38, 7)] == [420800, 736400, 799520, 147280]
    assert 15 * 32400 == 486000 and 3 * 486000 == 1458000 and 1458000 + 168000 == 1626000 and 486000 // 4 == 121500
    assert 336000 + 158000 + 64000 + 37000 == 595000 and 595000 / 4 == 148750
    assert 1180000 + 360000 + 120000 == 1660000 and 1180000 * 25 // 100 == 295000
    assert 8 * 46500 == 372000 and 372000 + 58000 == 430000 and 430000 + 124000 + 36000 + 22000 == 612000
    assert [612000 * p // 100 for p in (20, 45, 35)] == [122400, 275400, 214200] and 430000 * 14 // 100 == 60200
    assert 3 * 168000 == 504000 and 504000 + 54000 + 26000 == 584000
    assert 48 * 1850 == 88800 and 12 * 9600 == 115200 and 6 * 38500 == 231000 and 4 * 7200 == 28800
    assert 88800 + 115200 + 231000 + 28800 + 96000 == 559800 and 559800 + 64000 + 47000 + 9200 == 680000
    assert [680000 * p // 100 for p in (10, 55, 35)] == [68000, 374000, 238000] and 559800 * 9 / 100 == 50382
    assert 36 * 21500 == 774000 and 774000 + 58000 == 832000
    assert 2 * 138000 == 276000 and 276000 + 22000 == 298000


def off_thresholds(key):
    t = label(key)["expected_terms"]
    near = lambda v, th: v is not None and abs(v - th) < 1e-6
    assert not near(t["availability_pct"], 99.9) and not near(t["p1_response_hours"], 4), key
    assert not near(t["ld_rate_per_day_pct"], 0.05) and not near(t["liability_cap_pct"], 100), key
    assert not near(t["prepayment_pct"], 30) and not near(t["warranty_months"], 12), key
    assert not near(t["post_warranty_fee_pct"], 15), key
    c = tco(key)
    assert c is None or abs(c["share_pct"] - 40) > 2, (key, c)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    arithmetic()
    office = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), indent=1, ensure_ascii=False), encoding="utf-8")
        print("wrote", stem + ".json")

    fired, bad = set(), []
    counts = {"compliant": 0, "single_low": 0, "two_three": 0, "many": 0}
    for key, (name, fmt, _) in FILES.items():
        text = read_back(OUT / name)
        zh = key[4] == "z"
        n = len(text) if zh else len(text.split())
        ok = (2800 <= n <= 3300) if zh else (1500 <= n <= 1700)
        hits = threshold_hits(text) + threshold_hits(FILES[key][2])
        derived, expected = derive_rules(key), sorted(EXPECTED[key])
        sev = [SEVERITY[r] for r in derived]
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        off_thresholds(key)
        c = tco(key)
        print("%s %-4s %5d %s  risk %-6s rules %s%s" % (key, fmt, n, "chars" if zh else "words", risk,
              ", ".join(r[3:] for r in expected) or "(none)",
              "" if c is None else "  TCO %.0f share %.2f%%" % (c["tco"], c["share_pct"])))
        if not ok:
            bad.append((key, "length", n))
        if hits:
            bad.append((key, "threshold figures", hits[:5]))
        if derived != expected:
            bad.append((key, "rules", derived, expected))
        if risk != RISK[key]:
            bad.append((key, "risk", risk, RISK[key]))
        fired.update(derived)
        k = len(derived)
        if k == 0:
            counts["compliant"] += 1
        elif k == 1 and sev == ["low"]:
            counts["single_low"] += 1
        elif 2 <= k <= 3:
            counts["two_three"] += 1
        elif k >= 8:
            counts["many"] += 1
    missing = sorted(set(SEVERITY) - fired)
    print("rules never fired:", missing or "none", "| mix:", counts)
    assert not missing, missing
    assert counts == {"compliant": 2, "single_low": 1, "two_three": 6, "many": 1}, counts
    assert len(derive_rules("h389z05")) >= 8
    for b in bad:
        print("PROBLEM", b)
    assert not bad


if __name__ == "__main__":
    main()
