"""holdout479: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contract files (the .docx/.pdf via
../word_pdf.py, the .txt/.md as is), the ten .json labels (one-space indent, no trailing newline), derives each
draft's expected rules from its labels by my own reading of policy.md §3, checks them against the design list and
full coverage of the 20 CR rules, checks the price arithmetic, reads every built file back to measure its length, and
scans every built file and every source (raw, whitespace-collapsed, whitespace-free) for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
H479Z01 = """T:河湖长制管理平台建设项目采购合同
P:合同编号：QHSL-ZC-2026-031
P:采购人（甲方）：清河市水利局
P:供应商（乙方）：江城数智水利科技有限公司
P:鉴于甲方通过公开招标方式采购“清河市河湖长制管理平台建设项目”（招标编号：QHCG-2026-0112），乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供河湖长制管理平台软件许可（含平台基础版、移动巡河APP），并按甲方需求完成定制开发、数据治理入库、部署实施及培训。
P:1.2 定制开发内容包括：河湖名录与“一河一档”管理、巡河轨迹与问题上报、问题交办督办闭环、河湖长履职考核、与省级河湖长制平台及市政务数据共享平台的接口。
P:1.3 平台部署于清河市政务云，云资源由甲方提供，乙方负责应用部署、配置和调优。
P:1.4 乙方应对甲方及各区县河长办的管理员、业务人员和巡河员进行培训，培训不少于6场，并提供操作手册和培训视频。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾叁万贰仟元整（¥1,832,000.00），为固定总价，包含税费、安装、培训及质保期内服务的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台基础版软件许可（永久许可）|780,000
TB:2|移动巡河APP许可（不限终端数）|126,000
TB:—|软件许可小计|906,000
TB:3|定制开发（含接口）|648,000
TB:4|数据治理与入库|186,000
TB:5|部署实施与培训|92,000
TB:—|合计|1,832,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币366,400元。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，计人民币824,400元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，计人民币641,200元。
P:3.4 甲方通过国库集中支付方式付款，乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后120日内完成部署及定制开发，并书面提请初步验收。
P:4.2 初步验收通过后系统试运行三个月，试运行期满后十五日内由甲方组织最终验收。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与省级平台的接口连续10日数据交换无差错；入库数据经抽样核对准确率不低于99.8%；在500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险项；乙方已提交源代码、接口文档、运维手册、培训记录等全部资料。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%。一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题2个工作日内答复。
P:6.3 可用率每低于约定值0.01个百分点，甲方从当期应付款或履约保证金中扣除人民币1,500元；故障响应或恢复每超时1小时，扣除人民币1,000元。
P:6.4 质保期满后，如甲方继续委托乙方提供运维服务，年度运维费不超过软件许可小计的8%（即每年不超过人民币72,480元），且在质保期满后的三个服务年度内不上调，具体以双方另行签订的运维合同为准。
H:第七条 知识产权
P:7.1 平台基础版及移动巡河APP的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的程序、接口、数据库设计及相关文档，其知识产权归甲方所有，乙方应交付全部源代码。甲方有权自行或委托第三方修改、使用和再开发，无需另行付费。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的河湖基础数据、巡河记录、问题线索、影像资料及日志等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得擅自复制、留存或向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，运维访问须经甲方审批并通过堡垒机进行，全程留存审计日志。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取处置措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的河湖数据和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或有其他根本违约行为，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方应在签订本合同前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:14.3 乙方应组建不少于8人的项目团队，项目经理未经甲方同意不得更换。乙方应按周报告项目进度，重大事项随时报告。
P:14.4 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清河市水利局　　　乙方（盖章）：江城数智水利科技有限公司
P:法定代表人或授权代表：　　　　　法定代表人或授权代表：
P:签订日期：2026年3月18日
"""

H479Z02 = """T:密炼机控制系统改造及维保合同
P:合同编号：LDLT-SB-2026-058
P:甲方（买方）：鲁东轮胎有限公司
P:乙方（卖方）：青岛恒控自动化工程有限公司
P:甲方炼胶车间两台270升密炼机（1号、2号）现有控制系统已运行多年，备件停产、故障频发。经比选，甲方决定由乙方实施控制系统改造，并由乙方提供后续维保服务。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）更换两台密炼机主控PLC及I/O模块、上辅机称量控制柜、工控机及HMI触摸屏，更新车间工业交换机及网络。
P:（二）提供配方管理及MES接口软件许可，完成控制程序开发、配方工艺移植、与甲方MES系统的数据对接。
P:（三）负责旧系统拆除、新系统安装、单机调试、联动调试及带料试生产，并对甲方操作及维修人员进行培训。
P:（四）改造须利用甲方计划停机时间分台实施，每台停机时间不超过十日。
P:（五）乙方提供的硬件应为原厂全新正品，PLC及触摸屏品牌型号以投标文件所附设备清单为准，未经甲方书面同意不得替换。
P:（六）乙方应对现有控制程序、配方及工艺参数进行完整备份，改造完成后配方数量及参数应与改造前一致，并经甲方工艺部门逐项确认。
H:二、合同价款
P:（一）本合同总价为人民币壹佰贰拾肆万肆仟元整（¥1,244,000），为固定总价，不含质保期满后的维保费。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC及I/O模块|2套|186,000|372,000
TB:2|上辅机称量控制柜|2套|94,000|188,000
TB:3|工控机及HMI触摸屏|4台|21,500|86,000
TB:4|配方管理及MES接口软件许可|1套|168,000|168,000
TB:5|工业交换机及网络材料|1批|54,000|54,000
TB:—|软硬件小计|—|—|868,000
TB:6|控制程序开发与配方移植|1项|212,000|212,000
TB:7|拆除、安装与调试|1项|146,000|146,000
TB:8|培训|1项|18,000|18,000
TB:—|合计|—|—|1,244,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方签收后，支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:（三）两台密炼机均通过最终验收后，支付合同总价的50%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后一次性无息支付。
P:（五）乙方每次收款前应向甲方开具合法有效的增值税专用发票，甲方以银行转账方式付款。
H:四、交付与工期
P:（一）乙方应于合同签订后60日内完成设备到货，到货后75日内完成两台密炼机的改造和试生产。
P:（二）乙方应在每台停机改造前提交施工方案和应急回退方案，经甲方生产部门确认后方可实施。
P:（三）乙方人员进入甲方厂区应遵守甲方安全生产、动火作业及有限空间作业管理规定，特种作业人员须持证上岗。因乙方人员违章造成的人身伤害或财产损失，由乙方负责。
P:（四）乙方应指派具有橡胶密炼工艺控制经验的项目经理常驻现场，直至最终验收完成。
P:（五）乙方应在改造期间每日向甲方设备部报告施工进度，发现原有设备存在机械或液压缺陷的，应及时书面告知甲方，由甲方决定处理方式。
H:五、验收
P:（一）单台验收：I/O点位逐点核对无误；称量精度炭黑±0.3%、油料±0.2%；混炼周期不长于改造前；连锁保护、急停功能测试合格；带料连续生产72小时无停机故障。
P:（二）最终验收：两台密炼机均通过单台验收，MES数据对接连续15日无丢失，乙方交付全部程序源文件、电气图纸和操作手册。
P:（三）验收以双方签署的验收报告为准。设备安装完毕或甲方投入生产使用，均不视为验收合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内硬件故障免费更换，软件缺陷免费修复。
P:（二）一级故障（密炼机因控制系统原因停机）乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕。
P:（三）乙方响应或到场每超时1小时，向甲方支付人民币800元；因控制系统原因导致停机超过8小时的，每超过1小时另行支付人民币1,500元。
P:（四）质保期满后，乙方提供维保服务，年度维保费为软硬件小计的8%，即每年人民币69,440元，在质保期满后三个服务年度内固定不变，于每个服务年度结束后支付。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、配方管理组态及MES接口程序，其知识产权归甲方所有，乙方应交付全部源文件，甲方可自行修改和使用。
P:（二）配方管理软件的产品著作权归乙方，甲方享有永久使用权。
H:八、数据安全
P:（一）配方数据、工艺参数、生产记录均属于甲方，乙方仅可为履行本合同使用，不得复制带离或向第三方提供。
P:（二）乙方远程访问须事先取得甲方书面批准，经甲方指定的VPN和堡垒机进行；乙方自带调试电脑接入前须经病毒查杀。
P:（三）发生数据泄露或控制系统被入侵等安全事件，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（三）乙方应提供培训：操作人员培训不少于两期，维修电工培训内容包括PLC程序结构、故障诊断及备件更换，培训后由甲方组织考核。
P:（四）乙方应向甲方提供一份推荐备件清单及价格，质保期内乙方在青岛备有常用备件，保证一级故障时备件可当日送达。
H:九、保密
P:双方对在合同履行中知悉的对方商业秘密和技术秘密承担保密义务，特别是甲方的配方和工艺参数，保密期限至本合同终止后三年。
H:十、分包
P:乙方可以将电气安装、桥架及电缆敷设工作分包给具有相应资质的单位，但应提前5个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:十一、违约责任
P:（一）乙方逾期完成到货或改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）因乙方原因造成密炼机设备损坏或安全事故的，乙方负责修复并赔偿甲方直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交青岛仲裁委员会仲裁。
P:甲方应按时提供改造所需的停机窗口、现场水电、临时存放场地及原有系统资料，并指定联系人负责协调。
H:十四、其他
P:（一）因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在十日内提供有关证明，工期相应顺延。
P:（二）附件一设备清单及技术参数、附件二改造施工计划、附件三培训计划为本合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：鲁东轮胎有限公司（盖章）　　　乙方：青岛恒控自动化工程有限公司（盖章）
P:代表签字：　　　　　　　　　　　　　代表签字：
P:日期：2026年4月　日
"""

H479Z03 = """洗衣门店收衣及会员管理SaaS服务合同

合同编号：YDRJ-SaaS-2026-0415
甲方（客户）：杭州净衫洗衣服务连锁有限公司
乙方（服务商）：云渡软件科技（杭州）有限公司

鉴于甲方在杭州、绍兴、嘉兴共经营40家洗衣门店及1个中央洗涤工厂，需要统一的收衣、取衣、会员储值及营销系统；乙方提供“衣易通”收衣及会员管理SaaS服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方40家门店及中央工厂开通“衣易通”收衣管理模块（收衣开单、衣物条码、洗涤进度、取衣核销、上门取送）及会员模块（会员档案、储值卡、积分、优惠券、短信营销）。
1.2 乙方负责实施：门店账号开通、价目表配置、旧系统会员档案及储值余额迁移、小票打印机和扫码枪对接、店长及店员培训。
1.3 服务期为两个服务年度，自2026年5月1日起至2028年4月30日止。
1.4 乙方为甲方指定专属客户成功经理，负责上线后的使用指导、需求收集和每季度一次的服务回顾；门店日常问题通过400热线、微信服务群和工单系统处理，服务时间为每日7:00至22:00，一级故障全天受理。
1.5 乙方每月向甲方提供服务报告，内容包括可用率、故障及处理情况、工单统计和版本更新说明。

2. 费用
2.1 本合同费用如下：
（1）收衣管理模块：40家门店，每店每服务年度3,600元，每服务年度144,000元，两个服务年度合计288,000元；
（2）会员模块：每服务年度38,000元，两个服务年度合计76,000元；
（3）实施及数据迁移费（一次性）：46,000元。
合同总价：人民币410,000元（含6%增值税）。
2.2 服务期内新增门店的，按每店每服务年度3,600元按月折算，另行结算，不计入本合同总价。

3. 付款
3.1 实施及数据迁移费在上线验收合格后10个工作日内支付。
3.2 订阅费按季度结算，每个季度结束后15日内，甲方凭乙方开具的发票支付该季度费用。
3.3 甲方不向乙方支付任何预付款。

4. 实施与上线验收
4.1 乙方应于合同签订后45日内完成全部门店上线。
4.2 上线验收标准：（1）40家门店及中央工厂均能正常开单、打印小票、扫码入厂和出厂；（2）旧系统会员档案及储值余额迁移后逐户核对一致，差异为零；（3）收衣开单操作的系统响应时间不超过2秒；（4）连续7日运行无一级故障。
4.3 甲方在收到验收申请后5个工作日内组织验收并签署验收单。门店试用或开始收费，不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金300元。
4.5 甲方应提供门店清单、价目表、旧系统数据导出文件，并安排各门店店长参加培训。因甲方未按时提供资料导致延期的，上线时间相应顺延。
4.6 乙方负责门店现有小票打印机和扫码枪的兼容性测试；不兼容设备由乙方列出清单并提出替换建议，替换设备由甲方另行采购。

5. 服务水平
5.1 乙方保证系统月可用率不低于99.5%。计划内维护须安排在凌晨0点至6点之间，并提前48小时通知甲方，不计入不可用时间。
5.2 一级故障（全部或多家门店无法收衣开单）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决；三级问题1个工作日内答复。
5.3 月可用率低于约定值的，按以下标准抵扣当月订阅费：在99.0%（含）至99.5%之间的，抵扣8%；低于99.0%的，抵扣20%。一级故障恢复超时的，每超时1小时另行抵扣当月订阅费的2%。

6. 数据安全
6.1 乙方系统部署于境内云平台，已通过网络安全等级保护三级测评；会员手机号等个人信息加密存储；乙方员工按最小权限访问，访问记录留存不少于六个月。
6.2 乙方应按《个人信息保护法》处理会员个人信息，仅依甲方指示处理，不得向第三方提供。
6.3 发生数据泄露等安全事件，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
6.4 乙方每日对甲方数据进行备份，备份数据保存于境内另一可用区，并每季度进行一次恢复测试。
6.5 甲方负责管理本方员工账号和权限，员工离职时应及时停用账号。

7. 数据权属与使用
7.1 甲方的订单数据、会员数据、储值数据归甲方所有。合同终止后30日内，乙方应按甲方要求导出全部数据并予以删除。
7.2 甲方同意，乙方可在去除会员身份信息后，将甲方的订单及消费数据汇总用于洗衣行业经营分析报告、产品改进及算法训练，该使用权在本合同终止后继续有效。

8. 知识产权
8.1 “衣易通”平台及其后续版本的知识产权归乙方所有。
8.2 乙方为甲方定制的价目表模板、经营报表及与甲方财务系统的接口程序归甲方所有，甲方可自行修改或交由第三方使用。

9. 保密
9.1 双方对在合作中知悉的对方经营信息、价格信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。
9.2 保密义务在本合同终止后三年内继续有效。

10. 续期
10.1 服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，并可依此多次续期。
10.2 续期时乙方有权调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前30日书面通知甲方。

11. 违约与责任限制
11.1 任何一方违反本合同约定的，应承担违约责任并赔偿对方因此遭受的损失。
11.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成数据泄露的除外。

12. 分包
乙方不得将本合同项下服务分包。确需将短信通道等配套服务交由第三方提供的，应事先取得甲方书面同意，并对第三方的行为负责。

13. 合同解除
13.1 任何一方严重违约，经对方书面催告后15日内未改正的，守约方有权解除本合同。
13.2 一级故障在一个自然月内发生三次以上的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。
13.3 合同终止的，乙方应配合甲方完成数据导出和系统切换，并在切换完成前维持服务。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交杭州仲裁委员会仲裁。

15. 其他
15.1 双方往来通知以书面形式送达本合同首部地址或双方确认的电子邮箱。
15.2 乙方对系统功能的升级应提前7日通知甲方，不得降低本合同约定的功能。因不可抗力导致服务中断的，双方互不承担责任，但乙方应尽快恢复服务。
15.3 本合同附件：附件1 服务功能清单；附件2 门店清单；附件3 上线实施计划。
15.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：杭州净衫洗衣服务连锁有限公司（盖章）
乙方：云渡软件科技（杭州）有限公司（盖章）
签订日期：2026年4月15日
"""

H479Z04 = """滨江市图书馆数字资源服务系统年度运维服务合同

项目名称：滨江市图书馆数字资源服务系统2026年度运维服务
采购方式：竞争性磋商（磋商文件编号：BJTG-CS-2026-009）
合同编号：BJTSG-YW-2026-02
甲方（采购人）：滨江市图书馆
乙方（成交供应商）：滨江联创信息服务有限公司

根据竞争性磋商结果、磋商文件及乙方响应文件，依据《中华人民共和国民法典》《中华人民共和国政府采购法》，甲乙双方就甲方数字资源服务系统的运维服务事宜订立本合同。

第一章 服务范围
（1）运维对象：数字资源统一检索平台、读者统一认证系统、电子书及数据库远程访问系统、数字阅读推广网站、馆藏特色资源库，以及承载上述系统的服务器、存储和备份一体机。
（2）服务内容：日常巡检、故障处理、系统补丁及版本升级、数据库维护、数据备份与恢复演练、安全加固、读者认证问题处理、资源访问统计报表。
（3）乙方派驻1名工程师在甲方现场工作，工作时间与甲方开馆时间一致；节假日安排值班并保持电话畅通。
（4）乙方应建立运维服务台，提供7×24小时电话受理，对每一项报修建立工单，记录报修时间、响应时间、处理过程和恢复时间，工单记录每月提交甲方。
（5）乙方负责与各数字资源提供商（电子书、期刊、学位论文、音视频数据库）的技术对接，处理IP地址变更、访问权限配置和读者远程访问异常等问题。
（6）乙方负责读者统一认证系统与甲方图书馆业务管理系统、读者证办理系统及市民卡系统的接口维护，保证读者信息同步及时准确。

第二章 服务期限与费用
（1）服务期限：2026年1月1日至2026年12月31日。
（2）服务费总额：人民币叁拾伍万陆仟元整（¥356,000），构成如下：驻场运维198,000元；平台巡检及版本升级64,000元；统一检索及认证系统维护52,000元；数据备份及安全加固42,000元。
（3）本合同为固定总价，已包含乙方人员工资、差旅、工具、备品耗材及税费等全部费用。服务期满本合同自动终止，甲方如需继续采购，应另行履行采购程序。
（4）服务期内甲方新增同类应用系统需纳入运维范围的，双方另行协商，签订补充协议。

第三章 付款
（1）甲方不预付服务费。
（2）服务费按季度支付。每季度结束后，乙方提交季度运维报告，经甲方确认后15个工作日内，甲方支付当季服务费89,000元。
（3）乙方应在每次收款前开具合法有效的发票。

第四章 服务要求
（1）一级故障（统一检索平台或读者认证系统整体不可用）：乙方应在30分钟内响应，2小时内到场，6小时内恢复。
（2）二级故障（单个数据库或功能模块不可访问）：1小时内响应，12小时内恢复。
（3）三级问题（咨询、报表及配置需求）：1个工作日内处理完毕。
（4）每月对全部服务器、存储进行巡检并提交巡检记录；每季度进行一次备份恢复演练并提交演练报告。
（5）服务未达到上述要求的，乙方应立即整改，并在季度运维报告中说明原因及改进措施。
（6）乙方应在重大活动（如全民阅读月、寒暑假读者高峰期）前完成专项巡检和压力测试，活动期间安排工程师现场值守。
（7）乙方应每月对资源访问量、检索量、下载量进行统计，按甲方要求的格式编制统计报表，供甲方上报主管部门和评估资源采购效果。

第五章 版本升级及迁移
（1）乙方应于2026年6月30日前完成统一检索平台的版本升级，并将读者认证系统迁移至甲方新购服务器。
（2）升级和迁移须在闭馆时间进行，并事先提交实施方案及回退方案，经甲方确认后实施。
（3）乙方逾期完成升级或迁移的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第六章 服务验收
（1）季度考核：甲方按季度对照第四章的要求检查巡检记录、故障处理记录和读者投诉处理情况，并在季度运维报告上签署意见。
（2）年终验收标准：全年巡检记录完整；一级故障均在规定时间内恢复；版本升级及迁移已完成且连续30日运行正常；备份恢复演练全部成功；运维文档、配置清单、账号权限清单完整移交。
（3）验收以甲方出具的书面验收意见为准，甲方支付季度服务费不代表年终验收合格。

第七章 数据安全
（1）系统中的读者信息、借阅记录、访问日志等数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
（2）乙方工程师须使用甲方分配的个人账号，经堡垒机操作，不得使用共享账号，不得将读者数据导出至个人设备。
（3）乙方应落实网络安全等级保护要求，及时修补高危漏洞，并配合甲方完成年度等级测评。
（4）发生读者信息泄露、数据丢失等事件的，乙方应立即处置，并在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第八章 双方的其他义务
（1）甲方应为乙方驻场工程师提供办公场所、网络接入和必要的工作条件，及时提供系统原有文档、账号和供应商联系方式。
（2）甲方应指定一名联系人负责与乙方的日常沟通，对乙方提交的升级方案、迁移方案和季度报告及时给予书面意见。
（3）乙方应遵守甲方的安全管理和馆内工作纪律，驻场人员进入机房须登记。
（4）乙方应对运维对象建立配置管理台账，对服务器、存储、数据库、中间件及应用的版本、账号、端口和备份策略进行登记，变更后及时更新。

第九章 知识产权
运维过程中形成的巡检报告、脚本、配置文档和统计报表归甲方所有，甲方可自由使用和修改。

第十章 人员与分包
（1）驻场工程师应具备相应专业能力，乙方更换驻场工程师须提前10日通知并经甲方同意。
（2）乙方不得将本合同服务转包或分包。
（3）驻场工程师因病、休假等原因不能到岗的，乙方应安排具备同等能力的人员临时替代，并提前告知甲方。
（4）乙方应对驻场工程师进行安全意识和业务培训，甲方认为驻场工程师不能胜任的，可以要求乙方更换。

第十一章 合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为，经甲方书面催告后十日内未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。

第十二章 不可抗力
因地震、洪水、疫情等不可抗力导致服务中断的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复服务，双方互不承担违约责任。

第十三章 争议解决
因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四章 其他
（1）本合同未约定的服务细节，以磋商文件的采购需求和乙方响应文件的服务承诺为准；两者不一致的，以对甲方更有利的为准。
（2）磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（3）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：滨江市图书馆
乙方（盖章）：滨江联创信息服务有限公司
签订日期：2025年12月20日
"""

H479Z05 = """# 订单及排产管理软件许可及定制开发合同

**（乙方标准合同文本 V3.0）**

合同编号：SX-BZ-2026-117

甲方：安丰豆制品食品有限公司

乙方：苏信软件技术有限公司

鉴于甲方主营豆腐、豆干、腐竹等豆制品的生产及配送，需要建设订单及排产管理系统；乙方拥有“苏信食品MES”系列软件的著作权。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“苏信食品MES”订单管理模块、排产计划模块及经销商下单小程序的软件使用许可。

1.2 乙方按甲方需求进行定制开发，内容包括：按豆制品保质期和冷链车次自动排产的规则、经销商欠款控制、与甲方用友财务系统的接口。

1.3 乙方负责部署、初始化数据导入和用户培训。培训对象包括甲方计划员、销售内勤、仓库及配送人员和信息管理员，培训采用现场授课和上机操作相结合的方式。

1.4 许可范围：订单管理模块及排产计划模块许可50个并发用户，经销商下单小程序不限经销商数量。上述许可仅限甲方在其安丰工厂及所属配送中心使用，不得转让、出租或分许可给第三方。甲方关联公司使用的，应另行购买许可。

1.5 本合同价款不包括服务器、操作系统、数据库软件、短信及地图等第三方服务费用，上述软硬件由甲方按乙方提供的配置建议自行采购。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 订单管理模块许可 | 186,000 |
| 2 | 排产计划模块许可 | 224,000 |
| 3 | 经销商下单小程序许可 | 98,000 |
| — | **软件许可小计** | **508,000** |
| 4 | 定制开发 | 64,000 |
| 5 | 部署实施及培训 | 28,000 |
| — | **合计** | **600,000** |

合同总价为人民币陆拾万元整（¥600,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%（¥330,000）作为预付款，乙方收到预付款后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%（¥270,000）。

3.3 甲方以银行转账方式支付至乙方指定账户。乙方在每次收款前向甲方开具等额增值税专用发票。甲方未按约定付款的，乙方有权暂停实施或维护服务，工期相应顺延。

## 第四条 交付与上线

4.1 乙方计划在收到预付款后60日内完成部署和定制开发并上线。因需求变更、甲方配合不到位等原因导致延期的，工期相应顺延。

4.2 乙方对工期延误不承担违约金或赔偿责任，但应向甲方说明原因并调整实施计划。

4.3 甲方应在合同签订后10个工作日内提供以下资料和条件：产品目录及编码、配方及工艺路线、经销商名单及信用额度、冷链车辆及线路信息、用友财务系统接口文档和测试账号、满足配置要求的服务器和网络环境。甲方应指定一名项目负责人和若干关键用户，参加需求调研、系统测试和培训。

4.4 需求调研结束后，乙方编制需求确认书，经甲方签字确认后作为定制开发的依据。需求确认后甲方提出的变更，乙方有权另行收费并相应顺延工期。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按本合同第六条维护服务的约定处理。

## 第六条 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持，并尽商业上合理的努力解决甲方提出的问题。

6.3 免费维护期内的服务内容包括：软件缺陷修复、操作问题解答、补丁更新。因甲方操作不当、擅自修改系统、服务器或网络故障、病毒等原因导致的问题，不属于免费维护范围，乙方可另行收费。

6.4 免费维护期满后，甲方应购买年度维护服务。年度维护费为软件许可小计的22%，即每年人民币111,760元，于每个服务年度开始前支付。

## 第七条 知识产权

7.1 软件产品的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的排产规则、接口程序、报表及相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

7.3 软件中包含的开源组件及第三方组件，按其各自的许可条款使用，乙方在附件一中列明。

7.4 乙方保证其提供的软件产品不侵犯第三方的合法权利。因甲方修改软件或与其他软件组合使用引起的侵权纠纷，乙方不承担责任。

## 第八条 数据

8.1 系统部署在甲方自有服务器上。甲方的订单、客户、配方和生产数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方远程维护须经甲方授权，使用甲方提供的专用账号，维护结束后由甲方关闭权限。乙方不得拷贝、带走甲方数据。

8.3 甲方负责服务器的日常管理和数据备份，乙方在部署时为甲方配置自动备份脚本，并对甲方信息管理员进行备份和恢复操作的培训。

8.4 因乙方原因导致甲方数据泄露或损毁的，乙方应立即通知甲方、采取补救措施并承担相应的赔偿责任。

## 第九条 保密

双方对本合同内容及履行中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部责任（包括违约金、赔偿金）累计不超过合同总价的20%。

10.2 乙方不承担任何间接损失、利润损失及停产损失。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。

11.2 合同解除的，双方按已完成的工作量结算；已交付的软件许可不予退还，甲方已支付的预付款在扣除乙方已发生的费用后多退少补。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方发布的服务说明为准。

13.2 因不可抗力导致不能履行本合同的，遇有不可抗力的一方应及时通知对方，并在合理期限内提供证明，双方根据不可抗力的影响协商处理。

13.3 双方指定的联系人及联系方式见合同附件。一方联系人或联系方式变更的，应及时书面通知对方，否则向原联系方式发出的通知视为送达。

13.4 本合同附件：附件一 软件功能清单；附件二 定制开发需求概要；附件三 项目实施计划；附件四 服务器配置建议。

13.5 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：安丰豆制品食品有限公司　　　乙方（盖章）：苏信软件技术有限公司

日期：2026年　月　日
"""

H479E01 = """T:Software Licence and Services Agreement
P:Agreement No. NSA-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 March 2026 between:
P:(1) Foshan Meijia Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Longjiang Town, Shunde District, Foshan, Guangdong (the "Customer"); and
P:(2) Northstar Asset Software, Inc., a Minnesota corporation with its principal office at 2150 Commerce Drive NW, Rochester, Minnesota 55901, USA (the "Vendor").
P:Background. The Customer operates three furniture plants with about 2,600 production assets (CNC routers, edge banders, spray lines, dust extraction and compressed air systems). The Customer wishes to replace its spreadsheet-based maintenance records with the Vendor's NorthstarCMMS maintenance management software, configured to its plants, and the Vendor is willing to grant licences and perform the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means NorthstarCMMS version 11 (web and mobile editions) and any update or new version supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, data migration scripts, the interface to the Customer's Kingdee ERP system and all documentation prepared by the Vendor specifically for the Customer.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the Customer's environment, including asset registers, work orders, spare-parts records, meter readings and user records.
P:1.4 "Go-Live" means the first day on which all three plants record work orders in the Software in production. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in the People's Republic of China for 120 named desktop users and 60 named mobile technician users.
P:2.2 The Software will be installed on servers owned and operated by the Customer in its Foshan data room. The Vendor will not host the Software or any Customer Data.
P:2.3 Additional named users may be purchased at the unit prices in Article 3 for the first two years after Final Acceptance.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,356,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Desktop user licence, perpetual|120|6,800|816,000
TB:Mobile technician licence, perpetual|60|2,400|144,000
TB:Licence subtotal|||960,000
TB:Implementation and configuration|1|286,000|286,000
TB:Data migration (asset register, spare parts)|1|74,000|74,000
TB:Training (administrators and technicians)|1|36,000|36,000
TB:Contract Price|||1,356,000
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against a valid invoice: (a) 20% within 20 days after signature of this Agreement; (b) 45% within 20 days after Go-Live; (c) 35% within 20 days after Final Acceptance.
P:4.2 Go-Live and the payment under 4.1(b) do not constitute acceptance of the Software or the Custom Deliverables.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 110 days after signature, in line with the project plan in Annex 2.
P:5.2 Final Acceptance tests will be carried out in the Customer's production environment during the 45 days after Go-Live. The acceptance criteria are: (a) all functions in the requirements specification in Annex 1 work as specified; (b) the migrated asset register and spare-parts stock reconcile with the Customer's signed-off source data; (c) the ERP interface transfers spare-parts issues and purchase requests without error for 20 consecutive working days; (d) standard screens open within 3 seconds for 150 concurrent users; (e) no Severity 1 defect is open; and (f) the Vendor has delivered the Custom Deliverables, administrator manuals and training records.
P:5.3 When all criteria are met, the Customer shall sign a Final Acceptance Certificate within 10 working days. If any criterion is not met, the Vendor shall correct the defect at its own cost and repeat the relevant test. Use of the Software in production does not by itself mean acceptance.
P:5.4 Each party shall appoint a project manager. The project managers shall meet weekly during implementation, record decisions in minutes, and agree any change of scope, price or schedule in a written change order signed by both parties. The Vendor's consultants shall follow the Customer's plant safety rules and wear protective equipment on the shop floor.
P:5.5 Training shall be given at the Customer's plants in Chinese or with a qualified interpreter provided by the Vendor, and shall include hands-on sessions for administrators, planners and mobile technicians.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates and new versions free of charge.
P:6.2 Support response times: Severity 1 (the Software is unavailable at any plant, or work orders cannot be created) - response within 1 hour and a workaround within 8 hours; Severity 2 (a major function is impaired) - response within 2 hours and a fix or workaround within 2 working days; Severity 3 - response within 1 working day.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Customer CNY 1,000 for each hour of delay, deducted from any amount due or paid separately.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 14% of the Licence subtotal, that is CNY 134,400 per year, and is fixed for the first three support years. Any later change requires the written agreement of both parties. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver them, including source scripts, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe that party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy it outside the Customer's environment or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session and is made through the Customer's VPN with multi-factor authentication. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, assist in containing it, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This obligation survives for three years after the Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if liquidated damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund amounts paid for undelivered services.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Minnesota, USA, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the American Arbitration Association under its Commercial Arbitration Rules. The seat of arbitration is Minneapolis, Minnesota, and the language is English.
H:Article 14 General
P:14.1 Annex 1 (Requirements Specification) and Annex 2 (Project Plan) form part of this Agreement. If they conflict with these Articles, these Articles prevail.
P:14.2 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:14.3 Notices shall be in writing and sent by courier or e-mail to the project managers named in Annex 2. A notice sent by e-mail is received on the next working day.
P:14.4 Neither party is liable for a delay caused by force majeure, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. Force majeure does not excuse a payment obligation.
P:14.5 This Agreement is the entire agreement of the parties on its subject and replaces all earlier proposals. It may be amended only in writing signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H479E02 = """# Order Form No. GFO-2026-0388

**Provider:** Gateway FieldOps, LLC, 1200 Main Street, Suite 900, Kansas City, Missouri 64105, USA ("Provider")

**Customer:** Chengdu Yuelai Property Management Co., Ltd., No. 88 Tianfu Avenue, High-tech Zone, Chengdu, Sichuan, PRC ("Customer")

**Order Date:** 20 April 2026

This Order Form is for a subscription to the FieldOps work-order and inspection platform for the Customer's property-management teams at 34 residential and office estates. It is governed by the General Terms set out below, which form part of this Order Form. Capitalised terms have the meanings given in the General Terms.

## Part A - Order Details

**A.1 Subscription.** FieldOps Professional edition: work orders, planned maintenance, patrol and inspection checklists, resident service requests, mobile app for technicians and a management dashboard, for up to 300 named users.

**A.2 Subscription Term.** Two Subscription Years, from 1 June 2026 to 31 May 2028. Each "Subscription Year" runs from 1 June to 31 May of the following calendar year.

**A.3 Fees.** At the Customer's request all fees are stated and paid in CNY.

| Item | Basis | Amount (CNY) |
|---|---|---|
| FieldOps Professional subscription | 300 users x CNY 960 per user per Subscription Year x 2 Subscription Years | 576,000 |
| Onboarding services (one-time) | configuration, data import, integration with the Customer's WeChat service account, training | 42,000 |
| **Total fees for the Subscription Term** | | **618,000** |

Additional users may be added at CNY 80 per user per month for the rest of the Subscription Term; such additions are outside the total above.

**A.4 Invoicing.** Subscription fees are invoiced quarterly in arrears and are payable within 30 days of invoice. The onboarding fee is invoiced after Onboarding Acceptance. No amount is payable before the Subscription Start Date.

**A.5 Onboarding.** Provider shall complete onboarding by 31 July 2026. Onboarding Acceptance occurs when the Customer confirms in writing that (a) all 34 estates, their buildings and equipment lists have been imported and checked against the Customer's lists; (b) resident requests submitted through the WeChat service account create work orders in the platform; (c) the mobile app works offline and synchronises for a test group of 30 technicians over 10 working days; and (d) administrators and team leaders have been trained. Use of the platform before that confirmation does not mean Onboarding Acceptance. If onboarding is late for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay.

**A.6 Administrators.** Customer shall name up to five administrators who may create users, assign estates and approve configuration changes. Provider shall give the administrators a separate training session and access to a test environment for the whole Subscription Term.

**A.7 Contacts.** Customer: Ms Zhou Lan, Head of Engineering Services. Provider: Mr Daniel Ruiz, Customer Success Manager.

## Part B - General Terms

### Section 1 Service

1.1 Provider shall make the platform available to the Customer's users through the internet and the mobile app in accordance with the Order Form and these General Terms.

1.2 Provider hosts the platform for Customer in a third-party data centre located in mainland China, operated under a hosting contract held by Provider.

1.3 Provider may improve the platform from time to time but shall not materially reduce the functions described in the Order Form during the Subscription Term.

1.4 Customer is responsible for the accuracy of the data it enters, for keeping user passwords confidential, and for ensuring that its users follow the acceptable-use rules published in the platform's help centre.

1.5 Support is available in Chinese and English by telephone hotline, e-mail and an online ticket portal. Priority 1 incidents are handled around the clock on every day of the year; other incidents are handled between 08:30 and 18:00 Beijing time on working days.

### Section 2 Service Levels

2.1 Provider shall make the platform available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 00:00 and 05:00 Beijing time.

2.2 Priority 1 incidents (the platform or the mobile app is unavailable to all users, or work orders cannot be created) receive a response within 30 minutes and restoration within 3 hours. Priority 2 incidents receive a response within 2 hours and resolution within 1 business day.

2.3 If monthly availability falls below the commitment in 2.1, Customer receives a service credit against the next invoice: 5% of the monthly fee for availability from 99.5% up to the commitment, 10% from 99.0% up to 99.5%, and 25% below 99.0%. A Priority 1 restoration more than 3 hours late earns a further credit of 3% of the monthly fee.

### Section 3 Customer Data

3.1 As between the parties, Customer owns all data that Customer or its users enter into the platform, including resident names, phone numbers, addresses, photos and work-order records ("Customer Data").

3.2 Customer grants Provider a licence to use Customer Data to provide and support the service.

3.3 Customer also agrees that Provider may collect, aggregate and de-identify Customer Data and usage information and use the resulting data to develop and improve its products, to train its scheduling and prediction features, and to publish industry benchmarks. This right continues after the end of the Subscription Term.

### Section 4 Security

4.1 Provider shall maintain an information-security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict staff access on a need-to-know basis with multi-factor authentication, and keep access logs for at least 180 days.

4.2 Provider shall comply with the PRC Personal Information Protection Law when processing personal information in Customer Data and shall keep Customer Data in mainland China.

4.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, cooperate in the investigation and bear the costs and losses caused by incidents resulting from its breach of this Section.

### Section 5 Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations last for three years after the end of the Subscription Term.

### Section 6 Intellectual Property

6.1 Provider owns the platform and all improvements to it.

6.2 Checklists, inspection templates, forms and reports configured for Customer during onboarding or on Customer's instructions ("Customer Configurations") belong to Customer. Customer may use, copy, modify and license them freely, including for another system.

### Section 7 Subprocessors

7.1 Provider uses the hosting provider named in 1.2. Provider shall not engage any other subprocessor or subcontractor for the service without Customer's prior written consent, and is responsible for the acts of each of them.

### Section 8 Renewal

8.1 At the end of the Subscription Term the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 Provider may increase the subscription fees for any renewal Subscription Year by up to 9% over the fees of the previous Subscription Year by giving notice at least 75 days before the renewal date.

### Section 9 Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

9.2 Each party's total liability arising out of or relating to this agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations or to a party's wilful misconduct.

### Section 10 Termination

10.1 Either party may terminate this agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.

10.2 On termination Provider shall make Customer Data available for export in CSV format for 30 days and then delete it, except for the data described in 3.3. Provider shall refund any fees paid for the period after termination.

### Section 11 Governing Law and Disputes

11.1 At the Customer's request this agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules then in force. The award is final and binding on both parties.

### Section 12 General

12.1 This Order Form and these General Terms are the entire agreement of the parties on the subscription and override any terms on a purchase order.

12.2 Neither party may assign this agreement without the other party's written consent, except to an affiliate as part of a reorganisation.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, power grid failures or government orders, provided it notifies the other party promptly. Service credits under Section 2 remain payable for outages caused by Provider's own systems.

12.4 Notices under this agreement shall be sent to the contacts named in A.7 by e-mail with a copy by courier. If the Order Form and the General Terms conflict, the Order Form prevails.

**Signed for Customer:** ____________________ **Signed for Provider:** ____________________
"""

H479E03 = """T:Purchase Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. HXCC-EQ-2026-022
P:This Purchase Contract is made on 12 May 2026 between Qingdao Haixin Cold Chain Logistics Co., Ltd., Building 3, No. 17 Qianwangang Road, Huangdao District, Qingdao, Shandong, PRC (the "Buyer"), and Bluegrass Sensing Technologies, Inc., 400 East Main Street, Lexington, Kentucky 40507, USA (the "Supplier").
P:The Buyer operates a cold store with 18 cold rooms, 2 blast freezers and a loading dock, used for frozen food and pharmaceutical products. The Buyer has selected the Supplier, after a competitive quotation process, to supply and install a wireless temperature and humidity monitoring system with alarm functions and a link to the Buyer's warehouse management system (WMS). This Contract is prepared on the Buyer's standard form.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, perpetual licence, including its embedded firmware in the Equipment.
P:1.3 "System" means the Equipment and the Software as installed, configured and connected to the WMS.
P:1.4 "Buyer Data" means all temperature, humidity and door-status records, alarm logs, calibration records and user records generated or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure, calibrate and commission the System in all cold rooms, blast freezers and the loading dock, connect it to the WMS, and train the Buyer's staff.
P:2.2 The System shall comply with the technical specification in Annex 1, including GSP requirements for temperature records of pharmaceutical products.
P:2.3 The Supplier shall provide with the Equipment: certificates of origin, CCC or other certificates required for import and use in China, radio type approval for the gateways, factory calibration certificates for every sensor, and installation and operating manuals in Chinese.
H:3. Contract Price
P:3.1 At the Buyer's request the Contract Price is stated and paid in CNY. The Contract Price is CNY 890,000, including taxes, delivery to the Buyer's site, customs clearance, installation, calibration and training, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, probe type|320|1,150|368,000
TB:2|Door-open sensor|64|620|39,680
TB:3|LoRa gateway with backup battery|12|8,400|100,800
TB:4|Edge server (redundant pair)|2|46,500|93,000
TB:5|ColdWatch software, perpetual licence|1|126,000|126,000
TB:-|Equipment and Licence Subtotal|||727,480
TB:6|Installation, calibration and commissioning|1|92,520|92,520
TB:7|Interface to the Buyer's WMS|1|54,000|54,000
TB:8|Training|1|16,000|16,000
TB:-|Contract Price|||890,000
P:3.2 The Contract Price is fixed and covers everything needed for a complete, working System.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 60% of the Contract Price is payable within 30 days after the Buyer signs the Installation Certificate confirming that all Equipment has been delivered and installed. The Installation Certificate is not acceptance of the System.
P:4.3 35% of the Contract Price is payable within 30 days after Final Acceptance.
P:4.4 The remaining 5% is retained and paid within 30 days after the end of the Warranty Period, provided no warranty claim is outstanding.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's site within 50 days after signature and complete installation within 30 days after delivery.
P:5.2 Installation work in operating cold rooms shall be scheduled with the Buyer's warehouse manager so that product temperatures are not affected. Installers shall wear cold-protection clothing supplied by the Supplier.
P:5.3 The Equipment shall be packed to protect it during sea and road transport. The Supplier shall act as exporter and arrange customs clearance in Qingdao at its own cost; the Buyer shall provide the documents reasonably requested for clearance. Risk passes to the Buyer on signature of the Installation Certificate.
P:5.4 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:6. Acceptance
P:6.1 Final Acceptance tests start after installation and consist of: (a) calibration of every sensor against a reference thermometer traceable to a national standard, with an error not greater than 0.3 degrees Celsius; (b) a 14-day continuous run in which every sensor reports at least once every 5 minutes with no data gap longer than 15 minutes; (c) alarm tests for each cold room, including SMS and telephone alarms within 60 seconds of a threshold breach; (d) reconciliation of temperature records transferred to the WMS for the 14-day run; and (e) delivery of calibration certificates, as-built drawings and manuals.
P:6.2 The Buyer shall sign a Final Acceptance Certificate within 7 working days after all tests are passed. Installation, use of the System, or payment under Clause 4.2 does not mean acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants that the System will be free from defects in design, materials and workmanship and will meet Annex 1 for 36 months after Final Acceptance (the "Warranty Period"). Defective Equipment shall be repaired or replaced free of charge, including parts, labour and shipping.
P:7.2 Service levels during the Warranty Period are set out below.
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Loss of monitoring or alarms for any cold room or freezer|30 minutes|6 hours|8 hours
TB:Severity 2|Single sensor or gateway fault with monitoring maintained|2 hours|next working day|2 working days
TB:Severity 3|Questions and minor issues|1 working day|-|5 working days
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from the retention.
P:7.4 The Supplier shall keep spare sensors and gateways in stock in China during the Warranty Period so that Severity 1 restoration times can be met, and shall guarantee the supply of spare parts for at least seven years after Final Acceptance.
P:7.5 After the Warranty Period the Supplier shall, if the Buyer so orders, provide support and calibration services at an annual fee of 7% of the Equipment and Licence Subtotal, that is CNY 50,923.60 per year, fixed for the first three support years after the Warranty Period. Support is ordered by purchase order and does not renew automatically.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The System shall store Buyer Data only on the Buyer's edge servers; the Supplier shall not copy it, transfer it outside the Buyer's site or use it for any purpose other than performing this Contract.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session and shall be made through the Buyer's VPN. The Supplier shall change all default passwords before commissioning and apply security updates to the Software and firmware promptly.
P:8.3 The Supplier shall report any actual or suspected unauthorised access to the System or Buyer Data within 12 hours and shall be liable for the losses caused by its breach of this Clause.
H:9. Intellectual Property
P:9.1 Title to the Equipment passes to the Buyer on Final Acceptance. The Supplier grants the Buyer a perpetual licence to the Software for use with the System.
P:9.2 The WMS interface code, alarm rules, reports and configuration files prepared for the Buyer belong to the Buyer, which may modify them and have them modified by third parties.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer names and storage data, and use it only for this Contract. This obligation continues for three years after the Contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under Clause 5.4 reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. General
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Site Layout) form part of this Contract. The Contract is made in English and Chinese; both versions have equal force.
P:15.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the effect.
P:15.3 The Supplier shall insure the Equipment until risk passes and shall maintain public liability insurance for its installers while they work at the Buyer's site.
P:15.4 Notices shall be given in writing to the addresses above or to the project contacts named in Annex 2.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H479E04 = """# Managed Store IT Services Agreement

**Agreement No.:** WMI-HF-2026-07

**Date:** 2 June 2026

**Parties**

1. **Hefei Lianjia Supermarket Co., Ltd.**, No. 218 Changjiang West Road, Shushan District, Hefei, Anhui, PRC ("Customer"); and
2. **Wasatch Managed IT, LLC**, 3300 North University Avenue, Provo, Utah 84604, USA, acting in China through its project office in Hefei ("Provider").

**Background**

(A) Customer runs 26 supermarkets and one distribution centre in Anhui Province. Each store has point-of-sale (POS) terminals, self-checkout lanes, a store server, Wi-Fi and a router connected to Customer's head office.

(B) Customer wishes to outsource the monitoring, maintenance and support of this store IT estate to Provider, and Provider has agreed to provide managed services on the terms of this Agreement and its Schedules.

## Clause 1 Services

1.1 From the Service Commencement Date Provider shall provide the services described in Schedule 1 (the "Services") for all stores and the distribution centre listed in Schedule 1.

1.2 The Services include 24x7 remote monitoring of store networks, POS terminals and store servers; a bilingual service desk for store staff; on-site field support; patching and antivirus management; asset records; and monthly service reports.

1.3 Customer shall give Provider reasonable access to the stores, provide a contact person in each store and keep the equipment in the condition needed for the Services.

## Clause 2 Term

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written agreement signed by both parties.

## Clause 3 Transition and Service Commencement

3.1 Provider shall complete the transition activities in Schedule 1 Part B, including discovery of all devices, installation of monitoring agents and handover from Customer's previous support company, by 31 July 2026.

3.2 Service Commencement occurs when Customer confirms in writing that: (a) all 26 stores and the distribution centre are visible in Provider's monitoring console; (b) the asset register is complete and checked against a store-by-store count; (c) the service desk has handled test tickets from every store in Chinese; and (d) the runbooks for the top twenty incident types have been reviewed by Customer. Provider starting to handle tickets before that confirmation does not mean Service Commencement has occurred.

3.3 If Service Commencement is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

## Clause 4 Charges and Payment

4.1 At Customer's request all charges are stated and paid in CNY. The charges are set out in Schedule 3. The total contract value is CNY 1,181,200.

4.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Service Commencement. Invoices are payable within 30 days of receipt. No amount is payable in advance.

## Clause 5 Service Levels

5.1 Provider shall meet the service levels in Schedule 2. Performance is measured monthly and reported in the monthly service report.

5.2 If Provider misses a service level, Customer receives the service credits set out in Schedule 2, deducted from the next invoice. Service credits are without prejudice to Customer's other rights.

5.3 The monthly service report shall show, for each store, the number of tickets by priority, response and restoration times, availability, recurring faults, patch status and open risks. The report is due by the fifth working day of each month.

5.4 The parties' managers shall hold a service review meeting each month and a quarterly review with Customer's IT director, at which Provider shall present improvement actions for any missed service level and for the stores with the most incidents.

## Clause 5A Equipment and Changes

5A.1 Customer keeps ownership of all store equipment and of the spare pool held at the distribution centre. Provider shall record every replacement in the asset register and return faulty devices to Customer or the manufacturer for warranty repair.

5A.2 Changes to store networks, POS images or server configurations shall follow the change procedure agreed during transition. Emergency changes may be made to restore a P1 incident and shall be reported to Customer on the same day.

5A.3 New stores opened by Customer during the Service Term shall be added at the charge for an additional store in Schedule 3, starting from the month after they are handed over to Provider.

## Clause 6 Customer Data

6.1 All transaction data, sales data, member information, logs and configurations on Customer's systems ("Customer Data") remain the property of Customer.

6.2 Provider may use Customer Data only to provide the Services and shall return it to Customer on request.

## Clause 7 Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall disclose it only to those of its staff who need it for this Agreement.

7.2 This Clause continues to apply for three years after this Agreement ends.

## Clause 8 Intellectual Property

8.1 Provider keeps ownership of its monitoring tools and standard methods.

8.2 Runbooks, network diagrams, configuration baselines and reports prepared for Customer belong to Customer. Customer may use and modify them freely and give them to any successor provider.

## Clause 9 Personnel and Subcontractors

9.1 Provider shall assign a named service delivery manager and keep a field engineer team in Hefei.

9.2 Provider may use subcontractors, including local field-service companies in cities outside Hefei, to perform any part of the Services, provided that it informs Customer in writing of the subcontractor's name before the subcontractor starts work. Provider remains responsible for its subcontractors.

## Clause 10 Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to personal injury or wilful misconduct.

## Clause 11 Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the P1 restoration target in three months of any six-month period.

11.2 On expiry or termination Provider shall hand over all documentation and assist a successor provider for up to 60 days at the rates in Schedule 3.

## Clause 12 Governing Law and Disputes

12.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## Clause 13 General

13.1 Schedules 1 to 3 form part of this Agreement.

13.2 Neither party is liable for failure caused by force majeure if it notifies the other party promptly. Amendments must be in writing and signed by both parties.

## Schedule 1 Scope

| Part | Item | Description |
|---|---|---|
| A | Sites | 26 stores and the Feixi distribution centre, as listed in the site register |
| A | Devices | 412 POS terminals, 96 self-checkout lanes, 27 store servers, 27 routers, 188 Wi-Fi access points |
| A | Monitoring | 24x7 remote monitoring of routers, servers and POS terminals, with automatic ticket creation |
| A | Service desk | Telephone and WeChat support in Chinese for store staff, 06:30 to 23:30 every day |
| A | Field support | On-site repair and replacement of faulty devices using Customer's spare pool |
| A | Patching | Monthly patching of store servers and POS images after Customer's approval |
| B | Transition | Device discovery, agent installation, knowledge transfer from the previous provider |

## Schedule 2 Service Levels and Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | A store cannot take payments at half or more of its lanes | 15 minutes | 3 hours |
| P2 | Some lanes down, or store server degraded | 30 minutes | 8 hours |
| P3 | Single device fault, no effect on trading | 2 hours | next day |
| P4 | Requests and questions | 1 business day | 3 business days |

| Measure | Target | Service credit |
|---|---|---|
| Store network availability per month | 99.95% | 3% of the Monthly Service Charge for each 0.1 point below target |
| P1 restoration | 95% within target | 5% of the Monthly Service Charge per missed month |
| P1 response | all within 15 minutes | CNY 500 per late response |
| Monthly service report | by the 5th working day | CNY 300 per day late |

Total service credits in a month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 58,000 |
| Monthly Service Charge | CNY 46,800 per month x 24 months | 1,123,200 |
| **Total contract value** | | **1,181,200** |
| Additional store | per store per month | 1,650 |
| Exit assistance beyond scope | per engineer day | 2,200 |

**Signed for Customer:** ____________________

**Signed for Provider:** ____________________
"""

H479E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement number: SFD-2026-CN-061
Effective date: 15 June 2026

BETWEEN

Sierra Freight Data, Inc., a Nevada corporation, 50 West Liberty Street, Suite 600, Reno, Nevada 89501, USA ("Provider")

AND

Ningbo Haitong International Freight Forwarding Co., Ltd., No. 1 Ningdong Road, Yinzhou District, Ningbo, Zhejiang, PRC ("Customer")

RECITALS

Provider collects and publishes ocean freight data, including vessel schedules, vessel positions, port congestion indicators and spot rate indices for major trade lanes. Customer is a freight forwarder that wants to show vessel schedules and shipment milestones to its own clients in its booking portal and to use rate indices in its quotation desk. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's REST application programming interface for the Data Products, and the related documentation.
1.2 "Data Products" means the Vessel Schedule, Vessel Position, Port Congestion and Lane Rate Index datasets described in Exhibit A.
1.3 "Customer Data" means booking numbers, container numbers, shipment references, query logs and any other data that Customer or its users send to the API.
1.4 "Subscription Year" means each period starting on 1 July and ending on 30 June of the following calendar year, the first starting on 1 July 2026.
1.5 "Production Keys" means the credentials that allow Customer's production systems to call the API.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to call the API, to use the Data Products in Customer's business, and to display vessel schedules, positions and milestones to Customer's clients through Customer's booking portal and mobile app.
2.2 Customer shall not resell the Data Products as a separate data feed, or use them to build a competing data service.
2.3 The Subscription Term is two Subscription Years, from 1 July 2026 to 30 June 2028. The Agreement does not renew automatically; any further subscription requires a new written order.
2.4 When Customer displays Data Products to its clients, it shall show the attribution "Data: Sierra Freight Data" in the form described in Exhibit A. Customer may combine the Data Products with its own shipment data in its portal.
2.5 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.04 per call and invoiced quarterly; overage charges are not part of the Total Fees.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated and paid in CNY:
    Subscription fee: CNY 216,000 per Subscription Year x 2 Subscription Years = CNY 432,000
    Integration support (one-time): CNY 24,000
    Total Fees: CNY 456,000
3.2 The subscription fee is invoiced quarterly in arrears, in equal instalments of CNY 54,000. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.
3.3 Customer pays nothing before the Subscription Term starts.
3.4 The fees include all taxes payable in China on the services. Provider shall issue valid VAT invoices through its appointed local agent. Each invoice shall show the period covered, the number of API calls used in that period and any service credits deducted.
3.5 Provider shall give Customer a monthly usage statement through its customer portal, so that Customer can monitor the number of calls and avoid unexpected overage charges.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall issue sandbox keys within 5 working days after the Effective Date and Production Keys by 1 July 2026, and shall provide an integration engineer who speaks Chinese to help Customer's developers connect the booking portal.
4.2 Integration Acceptance occurs when Customer confirms in writing that: (a) all four Data Products can be called with Production Keys; (b) vessel schedules for Customer's top 30 trade lanes match Provider's published schedules in a sample of 200 records; (c) the median API response time measured by Customer over 5 working days is below 800 milliseconds; and (d) the mapping of Provider's port and carrier codes to Customer's master data has been delivered and checked. Calling the API in production before that confirmation is not Integration Acceptance.
4.3 If Provider issues Production Keys late for reasons attributable to it, Provider shall pay Customer 0.02% of the Total Fees for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall make the API available 99.5% of the time in each calendar month, measured at Provider's API gateway, excluding scheduled maintenance announced 72 hours in advance.
5.2 Provider shall publish a status page showing current availability, incidents and planned maintenance, and shall send Customer a monthly service report with measured availability, incident details and the credits due.
5.3 Severity 1 incidents (the API is unavailable or returns errors for all calls) receive a response within 1 hour and restoration within 6 hours, at any time. Severity 2 incidents (one Data Product is unavailable or data is more than 6 hours stale) receive a response within 2 hours. Other requests are answered within 1 business day.
5.4 If availability in a month falls below the commitment, Provider shall credit Customer against the next invoice 10% of that month's subscription fee, rising to 25% if availability falls below 98.0%. A Severity 1 restoration more than 6 hours late earns a further credit of CNY 1,000 per hour.
5.5 Support is provided in Chinese and English through a ticket portal, e-mail and a telephone hotline. Severity 1 incidents are handled at all hours; other incidents during Beijing business hours. Provider shall publish planned changes to the API at least 60 days in advance and keep earlier API versions working for at least 6 months after a new version is released.
5.6 Data freshness: vessel positions are updated at least every 30 minutes and schedules at least daily. Provider shall correct reported data errors within 2 business days.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API to Customer and shall not sell it, share it with carriers or other clients, or use it for analysis or product development.
6.2 Provider shall serve Customer from infrastructure hosted in mainland China, encrypt Customer Data in transit and at rest, keep query logs for no more than 90 days, and restrict access to named support staff using multi-factor authentication.
6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, cooperate in remedying it, and compensate Customer for losses caused by Provider's failure to comply with this Clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including API credentials, pricing and Customer's client names, and use it only for this Agreement.
7.2 This obligation survives for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Data Products, the API and all rights in them.
8.2 The code mappings, transformation scripts and portal widgets that Provider's integration engineer prepares specifically for Customer belong to Customer, and Customer may use, modify and license them freely.

9. SUBCONTRACTING

9.1 Provider shall not subcontract its obligations under this Agreement without Customer's prior written consent, except for its existing cloud hosting providers listed in Exhibit B, which Customer approves by signing this Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the Total Fees.
10.2 Provider does not warrant that third-party data sources such as carrier schedules are error-free, but shall correct errors as set out in 5.6.

11. TERM AND TERMINATION

11.1 This Agreement runs until the end of the Subscription Term.
11.2 Neither party may terminate this Agreement before the end of the Subscription Term. If either party breaches this Agreement, the other party's remedies are the service credits in Clause 5, the payment under Clause 4.3 and a claim for damages; the Agreement continues in force.
11.3 Provider may suspend access to the API if undisputed invoices remain unpaid for more than 45 days after written reminder.
11.4 When the Agreement ends Customer shall stop using the Data Products, except that records already shown to its clients in past shipments may be kept for its own records.

12. GOVERNING LAW AND DISPUTES

12.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The arbitration shall be conducted in Chinese, and English documents may be submitted without translation.

13. GENERAL

13.1 Exhibit A (Data Products and API Documentation) and Exhibit B (Approved Hosting Providers) form part of this Agreement.
13.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics, submarine cable failures or government action, if it notifies the other party promptly.
13.3 Notices shall be sent by e-mail to the contacts named in Exhibit A, with a copy by courier for any notice of breach.
13.4 This Agreement may be amended only in writing signed by both parties. It is made in English and Chinese; both versions have equal effect.

SIGNED for Provider: ____________________          SIGNED for Customer: ____________________
"""

TARGETS = {
    "h479z01": ("h479z01_water_bureau_river_chief_platform.pdf", "pdf", "zh"),
    "h479z02": ("h479z02_tyre_plant_mixer_control_retrofit.docx", "docx", "zh"),
    "h479z03": ("h479z03_laundry_chain_pos_membership_saas.txt", "txt", "zh"),
    "h479z04": ("h479z04_library_digital_resources_om_service.txt", "txt", "zh"),
    "h479z05": ("h479z05_tofu_plant_order_scheduling_supplier_template.md", "md", "zh"),
    "h479e01": ("h479e01_cmms_perpetual_licence_minnesota_vendor.pdf", "pdf", "en"),
    "h479e02": ("h479e02_field_service_saas_order_form_missouri_vendor.md", "md", "en"),
    "h479e03": ("h479e03_cold_store_sensors_kentucky_supplier.docx", "docx", "en"),
    "h479e04": ("h479e04_managed_store_it_service_utah_provider.md", "md", "en"),
    "h479e05": ("h479e05_freight_data_api_subscription_nevada_vendor.txt", "txt", "en"),
}
SOURCES = {"h479z01": H479Z01, "h479z02": H479Z02, "h479z03": H479Z03, "h479z04": H479Z04, "h479z05": H479Z05,
           "h479e01": H479E01, "h479e02": H479E02, "h479e03": H479E03, "h479e04": H479E04, "h479e05": H479E05}

# ---------------------------------------------------------------- labels (buyer's view, conventions in NOTES.md)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
COLS = TERM_KEYS + ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                    "contract_value", "category"]
G, S = "goods_or_licence", "service"
# price arithmetic, asserted
assert 780000 + 126000 == 906000 and 906000 + 648000 + 186000 + 92000 == 1832000
assert [round(1832000 * p / 100) for p in (20, 45, 35)] == [366400, 824400, 641200] and 906000 * 8 // 100 == 72480
assert 2 * 186000 + 2 * 94000 + 4 * 21500 + 168000 + 54000 == 868000 and 868000 + 212000 + 146000 + 18000 == 1244000
assert 868000 * 8 // 100 == 69440 and 10 + 35 + 50 + 5 == 100
assert 40 * 3600 == 144000 and 2 * 144000 + 2 * 38000 + 46000 == 410000
assert 198000 + 64000 + 52000 + 42000 == 356000 and 4 * 89000 == 356000
assert 186000 + 224000 + 98000 == 508000 and 508000 + 64000 + 28000 == 600000
assert 600000 * 55 // 100 == 330000 and 600000 * 45 // 100 == 270000 and 508000 * 22 // 100 == 111760
assert 120 * 6800 + 60 * 2400 == 960000 and 960000 + 286000 + 74000 + 36000 == 1356000 and 960000 * 14 // 100 == 134400
assert 300 * 960 * 2 == 576000 and 576000 + 42000 == 618000
assert 320 * 1150 + 64 * 620 + 12 * 8400 + 2 * 46500 + 126000 == 727480
assert 727480 + 92520 + 54000 + 16000 == 890000 and abs(727480 * 0.07 - 50923.60) < 1e-6 and 60 + 35 + 5 == 100
assert 46800 * 24 == 1123200 and 1123200 + 58000 == 1181200
assert 216000 * 2 == 432000 and 432000 + 24000 == 456000 and 4 * 54000 == 216000

#        avail  p1    rem   ip        ds     bod    conf   ld                  cap        pre   acc   final  war  pwf  auto   term   sub    law          kind  sla    ldst   capd   deem   value    cat
ROWS = {
 "h479z01": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G, True, True, True, False, 1832000, "software"],
 "h479z02": [None, 0.5, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 8, False, True, True, "PRC", G, True, True, True, False, 1244000, "hardware"],
 "h479z03": [99.5, 0.25, True, "buyer", True, False, True, 300 / 410000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S, True, True, None, False, 410000, "cloud"],
 "h479z04": [None, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, None, S, True, True, None, False, 356000, "services"],
 "h479z05": [None, None, False, "supplier", True, True, True, None, 20, 55, False, False, 6, 22, False, True, None, None, G, False, False, True, True, 600000, "software"],
 "h479e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 14, False, True, False, "Minnesota", G, True, True, True, False, 1356000, "software"],
 "h479e02": [99.95, 0.5, True, "buyer", True, False, True, 500 / 618000 * 100, 6 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", S, True, True, None, False, 618000, "cloud"],
 "h479e03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True, False, "PRC", G, True, True, True, False, 890000, "hardware"],
 "h479e04": [99.95, 0.25, True, "buyer", False, True, True, 800 / 1181200 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S, True, True, None, False, 1181200, "services"],
 "h479e05": [99.5, 1, True, "buyer", True, True, True, 0.02, 200, None, True, None, None, None, False, False, False, "PRC", S, True, True, None, False, 456000, "cloud"],
}
FEE_BASE = {"h479z01": 906000, "h479z02": 868000, "h479z05": 508000, "h479e01": 960000, "h479e03": 727480}
FORUM_OUTSIDE_MAINLAND = {"h479e01": True}  # Minneapolis; all others mainland courts / commissions

DESIGN = {  # what each draft was written to contain, before deriving anything
 "h479z01": [], "h479e03": [], "h479e01": ["CR-GOVERNING-LAW"],
 "h479z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
 "h479z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
 "h479z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
 "h479e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
 "h479e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
 "h479e05": ["CR-LD-LOW", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
 "h479z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, t, x):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years (pro rata), fee base =
    itemised licence/hardware subtotal; purchase + implementation = the contract value."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key, t, x):
    """My own reading of policy.md §3 applied to the labels."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf, capped = t["post_warranty_fee_pct"], x["post_warranty_fee_capped"]
        if pwf is None or not capped or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and capped and tco_share(key, t, x) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE_MAINLAND.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    vals = dict(zip(COLS, ROWS[key]))
    t = {k: vals[k] for k in TERM_KEYS}
    x = {"sla_clause": vals["sla_clause"], "ld_stated": vals["ld_stated"]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = vals["post_warranty_fee_capped"]
    else:
        assert vals["post_warranty_fee_capped"] is None and t["warranty_months"] is None
    x["acceptance_deemed_on_delivery"] = vals["acceptance_deemed_on_delivery"]
    x["contract_value"] = vals["contract_value"]
    rules = derive_rules(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    name, _, lang = TARGETS[key]
    return {"file": name, "language": lang, "category": vals["category"], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


def check_thresholds(lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15


# ---------------------------------------------------------------- threshold figures in the text
NUM_ZH = "零〇一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![\d一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![" + NUM_ZH + r"])四\s*个?\s*小时", r"\bfour[\s-]*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
    r"(?<![\d.])0?\.05(?!\d)" + PCT, r"万分之五(?![十" + NUM_ZH + r"点\d])", r"千分之零点五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.,])100" + PCT, r"百分之一?百(?![" + NUM_ZH + r"点])", r"\bone\s+hundred\s+per\s*cent",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![" + NUM_ZH + r"点])", r"(?<![" + NUM_ZH + r"])三成", r"\bthirty\s+per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"(?<![" + NUM_ZH + r"])十二个月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?",
    r"一年", r"一周年", r"\bone[\s-]+years?\b", r"(?<![\d.])1\s*(?:years?\b|-year|年)",
    r"(?<![\d.])15" + PCT, r"百分之十五(?![" + NUM_ZH + r"点])", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![" + NUM_ZH + r"点])", r"(?<![" + NUM_ZH + r"])四成", r"\bforty\s+per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + NUM_ZH + r"])五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
    r"(?<![\d.])60\s*(?:个月|months?|-month)", r"六十个月", r"\bsixty\s+months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "240 minutes", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "15 %", "40%", "四成", "5年", "5 年", "五年",
            "five years", "60 months", "60个月", "百分之四十", "百分之十五", "12-month", "one-year", "forty per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "14 hours", "130%", "240%", "45%", "0.055%", "Subscription Year", "十五年", "105%", "2026年", "25 years",
             "百分之三十五", "112 months", "first year", "215%", "万分之五十五", "0.5%", "99.5%", "1,500", "3 years"]


def self_test():
    for s in MUST_HIT:
        assert any(p.search(s) for p in THRESH), ("must hit", s)
    for s in MUST_MISS:
        assert not any(p.search(s) for p in THRESH), ("must miss", s, [p.pattern for p in THRESH if p.search(s)])


def scan(name, text):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESH:
            for m in p.finditer(variant):
                bad.append((name, p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return bad


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    bin_targets = {k: (n, kind) for k, (n, kind, _) in TARGETS.items() if kind in ("docx", "pdf")}
    write({k: SOURCES[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, (name, kind, _) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    problems, covered = [], set()
    for k, (name, kind, lang) in TARGETS.items():
        lab = label(k)
        check_thresholds(lab)
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        text = read_back(OUT / name, kind)
        n = size(text, lang)
        nows = len(re.sub(r"\s+", "", text))
        lo, hi = LIMITS[lang]
        share = "%.2f" % tco_share(k, lab["expected_terms"], lab["expected_extra"]) if k in FEE_BASE else "-"
        if k in FEE_BASE:
            assert abs(tco_share(k, lab["expected_terms"], lab["expected_extra"]) - 40) > 2, k
        print("%-58s %-4s %5d (non-ws %5d) tco %-6s %-6s %s" % (name, lang, n, nows, share,
              risk(lab["expected_rules"]), ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        if not lo <= n <= hi:
            problems.append((name, "length", n))
        problems += scan(name, text) + scan(k + " source", SOURCES[k])
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    mix = {k: len(derive_rules(k, label(k)["expected_terms"], label(k)["expected_extra"])) for k in TARGETS}
    assert sorted(mix.values()) == sorted([0, 0, 1, 2, 2, 2, 3, 3, 3, 10]), mix
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all 20 rules covered; all checks passed")
