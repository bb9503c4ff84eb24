"""holdout1044 — builds the ten held-out draft contracts of this folder from the sources below, writes their .json
labels, and asserts the checks of the brief: lengths as read back, no label value on a policy threshold, no threshold
figure in any built text (raw, whitespace-collapsed, whitespace-free), the rules derived from each label against the
design list, and coverage of all 20 CR rules. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:校外培训监管平台建设项目政府采购合同
P:合同编号：QJ-JY-2027-0318　　采购方式：公开招标
P:甲方（采购人）：青江市教育局
P:乙方（供应商）：华衡智教信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供校外培训监管平台软件许可一套（含机构管理、从业人员管理、课程备案、资金监管、投诉处理五个标准模块，不限用户数，永久使用），并按甲方需求完成预收费资金监管对接、培训机构信用评价、风险预警驾驶舱三项定制开发，以及部署实施、数据初始化和培训。
P:1.2 平台部署于青江市政务云，由甲方提供云资源，乙方负责安装、配置、联调及与省级监管平台的数据对接。
P:1.3 乙方应在实施前提交详细设计方案和实施计划，经甲方确认后执行；方案变更须经甲方书面同意。设计方案应符合教育部门关于校外培训监管的业务规范和数据标准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），其中：平台软件许可费¥780,000；定制开发费¥516,000；部署实施及数据初始化费¥88,000；培训费¥26,000。
P:2.2 上述价款已包含软件许可、开发、税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具合法有效的等额增值税发票。甲方资金按财政国库集中支付程序拨付。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后60日内完成标准模块部署，120日内完成全部定制开发并提交初步验收申请。
P:4.2 乙方应按周提交进度报告，甲方有权对开发过程进行检查，乙方应配合。
P:4.3 乙方应指派具有同类政府项目经验的项目经理一名、开发工程师不少于六名常驻甲方现场，项目经理未经甲方同意不得更换。乙方人员应遵守甲方的保密、考勤和安全管理制度。
P:4.4 乙方应为甲方及各区县教育局管理人员提供不少于八场集中培训，并提供操作手册、管理员手册和视频教程，确保相关人员能够独立使用平台。
H:第五条 验收
P:5.1 初步验收标准：全部功能逐项符合招标文件技术需求；与省级监管平台的数据对接连续10个工作日无差错；500个并发用户下页面平均响应时间不超过2秒；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收后平台试运行90日，期间未发生一级故障，且预收费资金监管数据与合作银行对账结果一致的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为两年，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即不超过¥70,200/年），该价格在质保期满后三个年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台无法访问或资金监管数据中断）30分钟内响应、2小时内到达现场；二级故障1小时内响应、当日解决；三级故障下一工作日内解决。
P:7.3 乙方每超出响应时限一小时，向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从下一期应付款或维护费中扣除。
P:7.4 质保期内乙方每季度对平台进行一次巡检，检查系统性能、日志和安全配置，出具巡检报告；在招生、暑期等业务高峰期间，乙方应安排工程师驻场值守。
P:7.5 乙方应建立服务台，记录每一项故障的报告时间、响应时间和解决时间，并按月向甲方提交服务报告，作为考核和扣款的依据。
H:第八条 知识产权
P:8.1 本合同定制开发的程序、接口、源代码、数据库设计及相关文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码。
P:8.2 平台标准模块的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的机构信息、从业人员信息、学员及家长信息、资金流水等数据均属于甲方所有，乙方仅为履行本合同之目的在甲方授权范围内处理，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，运维操作须经堡垒机并留存日志，不得将数据拷贝至政务云之外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
P:10.3 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方提供的服务不符合本合同约定的，甲方有权要求乙方限期整改，整改期间产生的费用由乙方承担。
P:11.4 乙方逾期超过60日，或交付成果经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后10日内未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、战争等不能预见、不能避免且不能克服的客观情况致使一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明，可部分或全部免除责任。
P:15.2 不可抗力消除后，双方应继续履行合同，交付期限相应顺延。
H:第十六条 通知
P:16.1 本合同项下的通知应以书面形式送达对方在本合同中载明的地址或联系人，一方变更联系方式的，应及时书面通知对方。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，自双方签字盖章之日起生效。
P:甲方（盖章）：青江市教育局　　乙方（盖章）：华衡智教信息技术有限公司
"""
Z02 = """T:蒸汽眼罩生产线控制系统改造合同
P:合同编号：NX-SB-2027-046
P:甲方（买方）：南浔暖眠日用品有限公司
P:乙方（卖方）：苏州协拓自动化工程有限公司
P:甲方为提升蒸汽眼罩生产线的自动化水平和产品一致性，委托乙方对其四条蒸汽眼罩生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责拆除四条生产线原有继电器控制系统，供应并安装PLC控制柜、伺服驱动及电机组、温控与视觉检测单元和产线监控软件，完成发热包灌装、折叠、封口、切割各工位的控制程序编写、人机界面组态、调试和试生产。
P:1.2 乙方应保证改造后每条生产线额定速度不低于每分钟180片，封口温度波动不超过±2℃，视觉检测能够剔除漏粉、偏位和封口不良产品。
P:1.3 改造分两批实施，每批两条生产线，以减少对甲方正常生产的影响。每批停线时间不超过12天。
P:1.4 甲方负责提供施工所需的电源、压缩空气、临时场地和生产线原始图纸，并指定一名设备主管作为项目联系人，协调停线安排和现场验收。
P:1.5 乙方应指派一名具有五个以上同类项目经验的项目经理负责现场管理，项目经理更换须经甲方同意。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾叁万陆仟元整（¥1,536,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜（含触摸屏）|4套|168,000|672,000
TB:2|伺服驱动及电机组|4套|86,000|344,000
TB:3|温控与视觉检测单元|4套|52,000|208,000
TB:4|产线监控软件许可（永久）|1套|152,000|152,000
TB:|软硬件小计|||1,376,000
TB:5|拆除、安装及调试|1项|138,000|138,000
TB:6|操作及维修培训|1项|22,000|22,000
TB:|合同总价|||1,536,000
P:2.2 如因甲方需求变更导致工作量增加，双方应书面确认变更内容和价格后实施，未经书面确认的变更不予结算。乙方不得以工期紧张为由降低设备配置或减少调试项目。
P:2.3 合同价格包含设备、软件、运输、保险、安装调试、培训及税费，为固定价格。
H:第三条 付款方式
P:3.1 本合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 第二批设备到货并安装完毕后，甲方支付合同总价的55%。到货安装不代表甲方验收合格。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前开具增值税专用发票。
H:第四条 交货与安装
P:4.1 第一批设备应于合同签订后45日内交付，第二批设备应于第一批验收合格后30日内交付。
P:4.2 乙方负责设备运至甲方工厂，并承担运输途中的风险。设备开箱时双方共同清点，发现缺损的，乙方应在7日内补齐。
P:4.3 乙方在甲方厂区施工应遵守甲方的安全生产和洁净车间管理规定，动火、带电作业须事先办理审批手续。
P:4.4 乙方应在每批停线前提交详细的施工方案、切换计划和回退预案，经甲方生产部门确认后实施。停线期间乙方应安排足够的工程师轮班作业，确保按期恢复生产。
P:4.5 乙方应对甲方的操作工、设备维修工和工艺工程师进行培训，内容包括设备操作、参数设置、常见故障处理和日常保养，培训合格后方可独立上岗。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产72小时，达到第1.2款规定的速度、温度和检测指标，且未发生因控制系统原因导致的停机的，为单线验收合格。
P:5.2 四条生产线均单线验收合格，且乙方提交控制程序源文件、电气图纸、操作手册后，甲方组织最终验收并签署验收报告。
P:5.3 设备安装、试生产或甲方使用不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换，并免费提供软件升级。
P:6.2 服务响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单工位异常）应在2小时内响应，次日到场。乙方每超过响应时限一小时，向甲方支付¥800。
P:6.3 质保期满后，乙方继续提供维保服务，维保年费按软硬件小计的28%计取，即每年¥385,280，包含定期巡检、备件更换和软件升级。该费用在质保期满后三个年度内固定不变。
P:6.4 乙方应在甲方工厂存放常用备品备件，包括伺服驱动器、温控模块和工业相机各一套，备件消耗后由乙方及时补充。质保期内乙方每季度上门巡检一次，并出具巡检报告。
P:6.5 乙方保证所供设备为全新、未使用过的原厂产品，符合国家安全和电磁兼容标准，并提供合格证和原厂质保文件。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、人机界面组态及视觉检测配方的知识产权归甲方所有，乙方应交付全部源文件，甲方可自行修改和使用。
P:7.2 产线监控软件的著作权仍归原权利人，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数和质量检测图像属于甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:8.2 乙方远程维护须经甲方事先批准并通过甲方指定的VPN接入，操作全程记录。乙方应采取措施防止数据泄露、篡改和丢失，发生数据安全事件的，应在2小时内通知甲方；因乙方原因造成损失的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方及其人员对甲方的配方、工艺参数、产能和客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。乙方应要求进入甲方厂区的人员签署保密承诺书，不得在车间内拍照或录像。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:10.3 乙方提供的设备不符合合同约定的，甲方有权要求更换，更换期间的停线损失由乙方承担。
P:10.4 因乙方原因导致甲方停线时间超过约定的，乙方应赔偿甲方由此造成的直接损失。
H:第十一条 分包
P:11.1 乙方不得转包本合同。电气安装中的辅助工作需要分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，双方可协商解除合同。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的一方，应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 双方因本合同发生争议的，应协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同附件包括技术协议、设备清单和验收方案，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：南浔暖眠日用品有限公司　　乙方（盖章）：苏州协拓自动化工程有限公司
"""
Z03 = """马术培训门店预约及会员管理系统订阅服务合同

合同编号：YM-SaaS-2027-017
甲方（客户）：骏驰马术文化发展有限公司
乙方（服务商）：杭州云鞍信息科技有限公司

鉴于甲方在全国经营40家马术培训门店，需要统一的课程预约、会员管理、教练排班和马匹使用登记系统，乙方拥有“云鞍”马术场馆管理SaaS平台，双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方40家门店开通“云鞍”平台订阅服务，包括课程预约、会员卡及储值管理、教练排班、马匹档案及使用登记、场地预约、小程序端预约和经营报表模块。
（二）实施服务：乙方负责平台初始化配置、门店及课程体系搭建、与甲方现有收银系统和企业微信的对接、历史会员数据迁移，以及总部和门店人员培训。
（三）服务期限为两个服务年度，第一个服务年度自平台上线验收合格之日起算，第二个服务年度紧接第一个服务年度。

（四）培训服务：乙方应为甲方总部运营人员提供两场集中培训，为每家门店店长和前台人员提供线上培训，并提供操作手册和视频教程。平台版本更新涉及操作变化的，乙方应提前提供更新说明。

二、服务费用
（一）订阅费：每家门店每个服务年度人民币9,600元，40家门店每个服务年度合计人民币384,000元，两个服务年度合计人民币768,000元。
（二）实施费：人民币126,000元；数据迁移费：人民币38,000元。
（三）本合同总价为人民币932,000元（含税）。
（四）上述费用包含平台订阅、存储空间、短信通知额度（每个服务年度每家门店3,000条）、版本升级和在线客服支持，乙方不得另行收取其他费用。
（五）服务期内甲方新增门店的，按每家门店每个服务年度9,600元按剩余月份折算计费。

三、付款方式
（一）实施费及数据迁移费在平台上线验收合格后15个工作日内一次性支付。
（二）订阅费按服务年度支付，每个服务年度的订阅费在该服务年度开始后20个工作日内支付。
（三）乙方应在收款前开具合规的增值税发票。本合同不设预付款。

四、上线与验收
（一）乙方应在合同签订后50日内完成实施并申请上线验收。
（二）验收标准：
1. 40家门店全部开通，课程、教练、马匹和场地基础数据配置完成；
2. 历史会员数据（约2.6万名会员及其余额、课时）迁移后经抽查核对一致，余额差异为零；
3. 小程序预约、核销、退课全流程测试通过，与收银系统对账一致；
4. 在200个并发预约请求下，页面响应时间不超过3秒。
（三）甲方在收到验收申请后10个工作日内组织验收，验收合格的签署上线验收单。未达标准的，乙方应在7日内整改后重新验收。
（四）乙方逾期完成上线验收的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护须提前3日通知甲方，并安排在夜间22:00至次日6:00进行。
（二）故障响应：
1. 一级故障（平台无法登录、预约或支付功能中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，当日修复；
3. 三级故障（一般咨询和优化建议）：下一工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%给予服务抵扣；一级故障超过恢复时限的，每超过一小时抵扣500元，抵扣从下一期订阅费中扣除。
（四）乙方提供每日8:00至22:00在线客服，并为甲方指定专属客户成功经理，每月向甲方提交服务报告，列明可用率、故障次数、响应和恢复时间。

六、数据归属与数据安全
（一）甲方在平台中录入和产生的会员信息、交易记录、课时记录、马匹档案等数据归甲方所有。乙方仅为提供本合同服务之目的处理该数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，对会员手机号、身份证号等个人信息加密存储，实行最小权限访问并留存操作日志，每日备份。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方处置并向主管部门报告；因乙方原因造成的，由乙方承担赔偿责任。
（四）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除。

七、双方的其他义务
（一）甲方应指定项目负责人，按时提供门店、课程、教练和马匹的基础资料，组织门店人员参加培训，并对迁移数据的准确性进行确认。
（二）乙方应指定实施项目经理，按周向甲方报告实施进度；服务期内乙方每季度与甲方召开一次服务回顾会，通报可用率、故障处理和改进计划。
（三）乙方对平台进行重大版本升级的，应提前15日通知甲方，不得因升级删减甲方已订阅的功能或降低服务水平。

八、保密
双方对履行本合同中知悉的对方商业秘密、会员信息、定价策略和技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

九、知识产权
（一）“云鞍”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的报表、会员等级规则配置、接口程序及相关文档归甲方所有，甲方可自由使用、修改并许可第三方使用。

十、续期
（一）本合同服务期满，甲方未在期满前30日书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据市场情况调整订阅费单价，并在续期开始前通知甲方，调整后的价格自续期开始之日起适用。

十一、违约责任与责任限制
（一）乙方违反数据安全或保密义务的，应赔偿甲方因此遭受的全部损失。
（二）除前款情形外，乙方在本合同项下的累计赔偿责任以本合同总价的150%为限。
（三）乙方违反本合同第十二条擅自分包的，甲方有权要求乙方按合同总价的5%支付违约金。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。

十二、分包
乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，须事先取得甲方书面同意，并对分包方的行为承担连带责任。

十三、合同解除
（一）一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除本合同。
（二）合同解除的，乙方应按本合同第六条第（四）项的约定向甲方移交数据，并配合甲方完成向其他系统的迁移，移交期间乙方继续提供服务。
（三）月度可用率连续两个月低于承诺值的，甲方有权解除本合同，乙方应退还未使用期间的订阅费。

十四、不可抗力
因不可抗力或电信运营商网络大面积中断等非双方所能控制的原因导致服务中断的，受影响方应及时通知对方并采取措施减少损失，相应期间不计入可用率考核，但乙方应尽快恢复服务。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十六、其他
本合同附件包括服务说明书、门店清单和实施计划，附件与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：骏驰马术文化发展有限公司
乙方（盖章）：杭州云鞍信息科技有限公司
"""
Z04 = """强震动观测系统年度运维服务合同

项目名称：省地震局强震动观测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：DZJ-YW-2027-009
甲方（采购人）：江岭省地震局
乙方（成交供应商）：江岭华震测控技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就强震动观测系统年度运维服务事宜，订立本合同。

第一条 服务范围
（一）运维对象：甲方在全省布设的148个强震动观测台站（含强震动加速度计、数据采集器、供电及防雷设备、通信设备）、省强震动数据处理中心的服务器、存储、网络设备及数据处理软件。
（二）服务内容：台站定期巡检和维护、故障维修、数据处理中心日常运维、数据汇集监控、震后应急保障、备品备件供应、运维档案管理和年度运维报告编制。
（三）服务期：自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同总价为人民币捌拾叁万陆仟元整（¥836,000），其中：台站巡检维护费¥532,800（148个台站，每站¥3,600）；数据处理中心运维费¥186,000；备品备件费¥72,200；应急保障费¥45,000。
（二）合同总价为包干价，包含人工、交通、食宿、备件、工具、保险及税费。服务期内台站数量增减不超过5个的，费用不作调整。

第三条 付款方式
（一）服务费按季度支付。每季度结束后，甲方根据季度考核结果，在15个工作日内支付当季服务费（合同总价的四分之一），并扣减依本合同第八条计算的服务扣款。
（二）乙方应在付款前向甲方开具合法有效的发票。甲方不支付预付款。

第四条 服务要求
（一）定期巡检：乙方每半年对全部台站巡检一次，检查仪器标定、授时、供电、防雷接地和通信状况，清理观测墩和仪器室，填写巡检记录并拍照存档。
（二）故障维修：数据处理中心发生一级故障（数据汇集中断或处理软件停止运行）的，乙方应在30分钟内响应，2小时内到达现场；台站发生故障的，乙方应在2小时内远程响应，平原地区台站次日内、山区台站48小时内到达现场处理。
（三）应急保障：本省及邻近地区发生4.0级以上地震后，乙方应在接到甲方通知后立即启动应急预案，派出不少于两个应急小组赶赴震区台站，保障强震动记录的及时回收和传输。
（四）数据中心运维：乙方安排两名工程师在甲方数据处理中心驻场，负责每日巡检、系统监控、数据备份、补丁更新和日志审计，并按月提交运维报告。
（五）备品备件：乙方应储备加速度计、数据采集器、电源模块和通信模块等常用备件，备件更换后旧件交回甲方。

（六）仪器标定：乙方每半年对台站加速度计进行一次远程标定检查，发现灵敏度、零点偏移超出仪器技术指标的，应在15日内现场校准或更换，并将标定结果录入运维档案。
（七）运维档案：乙方应为每个台站建立电子运维档案，记录设备型号、序列号、安装位置、巡检、故障、维修和备件更换情况，档案随时接受甲方检查。

第五条 考核与验收
（一）甲方每季度对乙方的服务进行考核，考核内容包括巡检完成情况、故障响应和修复时间、应急保障、运维报告和档案质量。
（二）服务期满后，乙方提交年度运维报告和全部运维档案，甲方组织验收，验收标准为：全年巡检计划全部完成，巡检记录齐全；故障工单全部闭环；备件台账与实物一致；运维档案完整。验收合格后签署验收意见。
（三）考核或验收不合格的，乙方应在甲方规定期限内整改。

第六条 乙方人员与安全
（一）乙方应组建不少于十二人的运维团队，其中项目负责人一名、驻场工程师两名、巡检工程师不少于八名，主要人员应与响应文件一致，更换须经甲方同意。
（二）乙方人员进入台站和数据处理中心应遵守甲方安全管理规定。野外作业应配备安全防护装备，高空、带电作业应持证上岗，乙方为其人员购买意外伤害保险，乙方人员在服务过程中发生的人身伤害由乙方负责。

第七条 甲方义务
（一）甲方向乙方提供台站分布图、设备清单、历史运维档案和必要的系统访问权限。
（二）甲方协调台站所在地有关单位，为乙方人员进入台站提供便利。
（三）甲方按约定支付服务费，并及时组织季度考核和年度验收。
（四）甲方对乙方的运维工作进行监督检查，发现问题的，有权要求乙方限期整改。

第八条 服务扣款
（一）乙方对一级故障超出响应或到场时限的，每超过一小时扣减服务费500元；台站故障超出到场时限的，每超过一日扣减服务费300元。
（二）乙方未按计划完成季度巡检的，每少巡检一个台站扣减服务费800元。
（三）上述扣款在当季服务费中扣除，由甲方在季度考核结果中列明，并书面告知乙方。

第九条 违约责任
（一）乙方未按本合同约定的时间完成巡检计划或年度运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方操作不当造成甲方设备损坏或观测数据丢失的，乙方应负责修复或赔偿。
（三）乙方季度考核不合格的，甲方有权扣减当季服务费的8%；驻场工程师无故缺勤的，每人每日扣减服务费600元。
（四）乙方在本合同项下对甲方承担的全部赔偿责任（含违约金和服务扣款），累计不超过合同总价的50%。

第十条 数据安全
（一）强震动观测数据、台站参数和系统配置信息属于甲方所有，乙方仅为履行本合同之目的使用，不得复制、留存或向任何第三方提供。
（二）乙方人员访问数据处理中心须使用甲方分配的账号，经堡垒机操作并留存日志；不得擅自接入外部网络或移动存储介质。
（三）发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担相应的法律责任和赔偿责任。

第十一条 保密
乙方对在服务中知悉的台站位置、观测数据、网络拓扑和系统口令等信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后继续有效。

第十二条 知识产权
乙方在服务过程中形成的运维报告、巡检记录、运维脚本和档案资料，其知识产权归甲方所有。

第十三条 分包
乙方不得将本合同项下的服务转包，未经甲方书面同意不得分包。

第十四条 合同期限与终止
（一）本合同于服务期届满时终止，不自动续期。甲方如需继续采购运维服务，应依法另行组织采购。
（二）因不可抗力致使合同不能履行的，双方可协商解除本合同，互不承担违约责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。

第十六条 通知与联系
（一）双方指定的项目联系人负责日常沟通。甲方通过运维工单系统、电话或书面方式向乙方发出的故障通知和工作指令，自发出时视为送达。
（二）乙方应在每月第五个工作日前向甲方提交上月运维月报，内容包括巡检完成情况、故障统计、备件消耗、数据汇集情况和存在问题的改进建议。

第十七条 其他
磋商文件、响应文件和成交通知书为本合同的组成部分。本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。

甲方（盖章）：江岭省地震局
乙方（盖章）：江岭华震测控技术有限公司
"""
Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-2027-0412

甲方：拾遗面塑艺术工作室
乙方：宁波匠迹软件有限公司

甲方拟采购乙方“匠迹工序追踪系统”，用于面塑作品从订单、选料、和面、着色、捏塑、定型到包装发货各道工序的记录和追踪。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件许可一套（含10个工位终端授权），授权方式为永久许可。

1.2 乙方根据甲方需求进行定制开发，内容包括：作品电子档案、工序拍照留痕、定制订单看板、材料批次追溯和微店订单对接。

1.3 乙方负责系统的安装部署、基础数据初始化及对甲方人员的操作培训。

1.4 系统的具体功能以附件《匠迹工序追踪系统功能清单》为准，功能清单未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可（含10个工位终端） | 1套 | 128,000 |
| 2 | 定制开发（作品档案、工序拍照、订单看板、材料追溯、微店对接） | 1项 | 96,000 |
| 3 | 安装部署及培训 | 1项 | 14,000 |
| | 合计 | | 238,000 |

合同总价为人民币贰拾叁万捌仟元整（¥238,000），含增值税。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，即¥154,700。乙方收到该款项后启动开发工作。

3.2 系统安装上线后5个工作日内，甲方支付合同总价的35%，即¥83,300。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务，由此造成的延误由甲方承担。

## 第四条 交付

4.1 乙方在收到首期款后60个工作日内完成定制开发并安装上线。因甲方需求变更、资料提供不及时或场地条件不具备等原因导致延误的，交付期限相应顺延。

4.2 乙方以远程方式或现场方式进行安装部署，具体方式由乙方根据实际情况确定。采用现场方式的，甲方应承担乙方人员的差旅和住宿费用。

4.3 甲方应按乙方要求准备服务器或电脑、网络环境、工位平板及打印设备，硬件设备由甲方自行采购，不包含在本合同价款中。乙方可提供配置建议，但不对甲方自行采购硬件的质量负责。

4.4 乙方为甲方提供一次现场集中培训，时长不超过一天，培训对象为甲方指定的管理人员和工位操作人员，人数不超过十名。超出上述范围的培训，乙方按每人每天1,500元另行收费。

## 第五条 验收

5.1 系统安装上线之日，即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在上线后3日内书面提出，逾期未提出的，视为无异议。乙方根据具体情况决定是否进行修改。

## 第六条 售后服务

6.1 自系统上线之日起，乙方提供六个月免费维护期，包括远程技术支持和软件缺陷修复。

6.2 免费维护期内，乙方工作日通过电话、微信或远程方式提供技术支持，乙方将在合理时间内尽力处理甲方反映的问题。

6.3 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订年度服务协议，年度服务费按乙方当年度公布的价目表执行。

6.4 因甲方操作不当、擅自修改系统、硬件故障或网络原因导致的问题，不属于免费维护范围，乙方可另行收费。

6.5 甲方在免费维护期内提出的新增功能或修改需求，不属于缺陷修复范围，乙方根据工作量另行报价，经双方确认后实施。

6.6 乙方会根据产品规划不定期发布系统新版本。甲方未购买年度服务的，乙方不保证旧版本系统与新版本的兼容，也不再提供技术支持。

## 第七条 知识产权

7.1 匠迹工序追踪系统及其标准功能的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序代码、页面设计及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，不得转让或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其产品并向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入的作品图片、工艺记录、客户订单等数据由甲方负责管理。

8.2 甲方同意，乙方可对上述数据进行脱敏处理后用于产品改进、行业分析，并可将甲方作品图片作为案例用于乙方的市场宣传。

8.3 乙方应采取防火墙、访问控制、数据加密和每日备份等安全措施保障系统数据安全。发生数据泄露或丢失的，乙方应在发现后48小时内通知甲方并协助处理；因乙方过错造成的，乙方应承担相应的赔偿责任。

## 第九条 双方责任

9.1 甲方应指定专人负责系统管理，妥善保管管理员账号和密码。因甲方账号密码泄露导致的损失，由甲方自行承担。

9.2 甲方应按时提供定制开发所需的业务资料、工序说明和样品照片，并对资料的真实性负责。甲方在开发过程中多次变更需求的，乙方有权调整交付时间并另行收取费用。

9.3 乙方应按照本合同约定完成安装部署和定制开发，并为甲方提供使用中的必要指导。

## 第十条 保密

双方应对在合作中获知的对方商业秘密和技术信息保密，未经对方同意不得向第三方披露，但法律法规另有规定或已为公众所知的信息除外。保密义务在合同终止后两年内有效。双方应要求其知悉上述信息的员工遵守本条约定，员工违反保密义务的，由其所在一方承担责任。

## 第十一条 合作方

乙方可根据工作需要，将部分开发、安装或培训工作交由乙方的合作伙伴完成，无需另行征得甲方同意。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任，赔偿对方因此遭受的直接损失。

12.2 因乙方原因导致系统延迟上线的，乙方应积极采取措施尽快完成交付，甲方应给予必要的配合。

12.3 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十三条 合同解除

13.1 一方严重违反本合同，经另一方书面通知后30日内未予纠正的，另一方有权书面通知解除本合同。

13.2 因甲方原因解除合同的，已支付的款项不予退还。

## 第十四条 不可抗力

因不可抗力不能履行本合同的，根据不可抗力的影响，部分或全部免除责任。受影响一方应及时通知对方并提供证明。

## 第十五条 通知

15.1 双方的联系人及联系方式以本合同签署页所载为准。一方通过电子邮件或微信向对方联系人发送的通知，自发送之日起视为送达。

15.2 一方变更联系人或联系方式的，应在变更后3日内通知对方，否则向原联系人发送的通知仍视为有效送达。

## 第十六条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同附件为《匠迹工序追踪系统功能清单》和《定制开发需求说明》，附件与本合同不一致的，以本合同为准。

甲方（盖章）：拾遗面塑艺术工作室
乙方（盖章）：宁波匠迹软件有限公司
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PCS-CN-2027-006
P:This Software Licence and Services Agreement (the "Agreement") is made between Passumpsic Calibration Software, Inc., a Vermont corporation with its principal office at 412 Railroad Street, St. Johnsbury, Vermont 05819, United States (the "Vendor"), and Wuxi Hengda Precision Instruments Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wuxi, Jiangsu Province (the "Customer").
P:The Customer manufactures pressure gauges, flow meters and test benches and wishes to replace its spreadsheet-based calibration records with the Vendor's CalTrack Enterprise software. The Vendor agrees to license the software and to perform the services described below on the following terms.
H:Article 1 Definitions
P:1.1 "Software" means CalTrack Enterprise version 9, in object code, including the asset register, calibration scheduling, measurement uncertainty, certificate generation and audit trail modules, and any updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, certificate layouts, data conversion scripts and related documentation that the Vendor develops specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all instrument records, calibration results, certificates, user records and other data that the Customer or its users enter into or generate with the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the Software and the Custom Deliverables have passed the acceptance tests in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business at its plants in Wuxi and Changzhou, for up to 150 named users and 3 production servers, including one standby server.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The licence survives any expiry of support.
P:2.3 The Vendor retains all rights in the Software. The Customer shall not reverse engineer the Software except to the extent that applicable law expressly permits it.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers, migrate approximately 14,000 instrument records and their calibration histories from the Customer's spreadsheets, build interfaces to the Customer's ERP system and to its laboratory balances and pressure controllers, and design certificate layouts that meet CNAS requirements.
P:3.2 The Vendor shall train 20 key users and 4 system administrators at the Customer's Wuxi plant and shall provide English and Chinese user manuals.
P:3.3 The Vendor shall complete the services within 150 days after the effective date, in accordance with the project plan attached as Annex 2. Each party shall appoint a project manager who will meet weekly with the other party's project manager.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,690,000, comprising the licence fee of CNY 1,260,000, implementation services of CNY 384,000 and training of CNY 46,000. The price includes all taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the total price within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.3 The Customer shall pay 45% of the total price within 30 days after the Software is installed and the data migration is completed.
P:4.4 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.5 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai stated in the invoice.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall verify that (a) every function listed in Annex 1 operates as specified; (b) the migrated records reconcile fully with the source spreadsheets on a sample of 500 instruments chosen by the Customer; (c) the ERP and instrument interfaces transfer data without error for 10 consecutive working days; and (d) certificates generated by the Software are accepted by the Customer's quality department as meeting CNAS requirements.
P:5.2 After the tests are passed, the Software shall run in production for 30 days without a Severity 1 incident. The Customer shall then issue a Final Acceptance certificate within 10 days.
P:5.3 Installation, productive use or payment of any instalment shall not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide all updates free of charge.
P:6.2 The Vendor shall respond to support requests through its support centre as follows: Severity 1 (the Software is down or certificates cannot be issued) within 1 hour, with a workaround within 8 hours; Severity 2 (a major function is impaired) within 2 hours; Severity 3 (other issues) within 2 business days.
P:6.3 If the Vendor misses a Severity 1 response time, it shall credit the Customer CNY 1,000 for each hour of delay, and if it misses a Severity 2 response time, CNY 300 for each hour of delay. Credits are deducted from the next payment or support fee.
P:6.4 After the Warranty Period the Customer may buy annual support at 11% of the licence fee, that is CNY 138,600 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in China. The Vendor's staff shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with the Customer's approval for each session, and shall not copy Customer Data outside the Customer's systems.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its work under this Agreement. The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, shall help the Customer to contain and remedy it, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including product designs, calibration procedures, prices and the terms of this Agreement, and shall use it only for this Agreement.
P:9.2 This obligation does not apply to information that is public through no fault of the recipient, or that must be disclosed by law, and it continues for three years after termination of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the services by the date in Article 3.3 for reasons attributable to it, it shall pay delay damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
P:12.3 Articles 7, 8, 9 and 10 survive termination.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Vermont, United States, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within 60 days shall be submitted to the state or federal courts located in Vermont, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English in two originals. Notices shall be sent by email and courier to the addresses stated above.
P:For the Vendor: ____________________    For the Customer: ____________________
"""
E02 = """# ORDER FORM — ROUTEWELL FIELD SERVICE CLOUD

Order Form No. MS-OF-2027-0219

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between **Meduxnekeag Software LLC**, a Maine limited liability company, 27 Market Square, Houlton, Maine 04730, United States ("Provider"), and **Chengdu Tianfu Elevator Services Co., Ltd.**, Gaoxin District, Chengdu, Sichuan Province, People's Republic of China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

RouteWell Field Service Cloud, Professional Edition: work-order management, preventive maintenance scheduling for lifts and escalators, technician dispatch and route planning, mobile app for technicians (Android and iOS), spare-parts tracking, customer portal and analytics. Deployed in Provider's hosting environment at a data centre operated by a licensed cloud provider in mainland China.

### A2. Quantities

- 320 technician users (mobile app)
- 45 dispatcher and manager users (web)
- Up to 18,000 registered lifts and escalators
- Customer portal for up to 600 building-owner accounts

### A3. Subscription Term

The Subscription Term begins on the Go-Live Date (see A5) and runs for 36 months, divided into three Subscription Years. Renewal is governed by Section B9.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | annual fee | 418,000 |
| Subscription Year 2 | annual fee | 418,000 |
| Subscription Year 3 | annual fee | 418,000 |
| Onboarding and configuration | one-time | 86,000 |
| **Total Contract Value** | | **1,340,000** |

All fees include VAT. Additional users may be added at the same per-user rate, pro rata for the remaining months of the current Subscription Year. Fees for additional users are not included in the Total Contract Value.

### A5. Onboarding, Go-Live and Payment

1. Provider shall configure the service, import Customer's lift register, maintenance plans and technician records, connect the service to Customer's Kingdee ERP for spare parts and invoicing, and train 20 dispatchers and 40 lead technicians, within 70 days after the Order Date.
2. Go-Live acceptance: Customer shall test the configured service against the Acceptance Criteria in Section B3. The "Go-Live Date" is the date Customer signs the Go-Live certificate.
3. The onboarding fee is invoiced on the Go-Live Date. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.
4. If Go-Live is delayed beyond the 70 days for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 60,000.

### A6. Contacts

Provider account manager: Sarah Dionne, sdionne@meduxnekeag-software.com. Customer project lead: Mr. Liu Wei, head of service operations. Notices under the Agreement are sent to these contacts by email, with a copy by courier for notices of breach or termination.

## PART B — GENERAL TERMS

### B1. Definitions

1.1 "Service" means the subscribed service described in A1, including its mobile apps, application programming interfaces and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including lift records, work orders, technician location data, photographs and building-owner contacts.

1.3 "Configurations" means the workflows, forms, checklists, report templates and ERP integration mappings that Provider builds specifically for Customer.

### B2. Access and Use

2.1 Provider grants Customer and its users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its users' compliance with the Agreement and for keeping log-in credentials secure.

2.3 Provider may update the Service from time to time, provided that no update materially reduces the functions or security of the Service.

2.4 Provider shall provide support by telephone, email and its online portal in Chinese and English, and shall assign a named customer success manager who will hold a quarterly service review with Customer covering availability, incidents, credits and planned changes.

### B3. Acceptance

3.1 The Acceptance Criteria are: (a) all functions in the Service Description work with Customer's configuration; (b) the imported lift register reconciles with Customer's source records with no missing units; (c) work orders and spare-parts transactions flow to and from the ERP without error over 5 consecutive business days; and (d) the mobile app works offline and synchronises correctly in a test with 50 technicians.

3.2 If a criterion is not met, Provider shall correct the defect and Customer shall re-test within 5 business days. Use of the Service in a pilot before signature of the Go-Live certificate is not acceptance.

### B4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

4.2 Incident response times: Priority 1 (Service unavailable or dispatch impossible for all users) — response within 30 minutes and continuous work until restored; Priority 2 (a major function impaired) — response within 2 hours; Priority 3 — response within 1 business day.

4.3 If monthly availability falls below the commitment in 4.1, Customer receives a service credit of 5% of the monthly equivalent of the annual fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. A missed Priority 1 response time earns a credit of CNY 2,000 per incident. Credits are applied against the next invoice.

### B5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider shall process Customer Data to provide the Service and support under the Agreement.

5.2 Customer agrees that Provider may collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service to improve and develop its products, to build industry benchmarks and to publish statistics, during and after the Subscription Term, provided that such data does not identify Customer or any individual.

5.3 Within 30 days after the end of the Agreement, Provider shall return Customer Data in CSV format and then delete it from the Service.

### B6. Data Security

6.1 Provider shall host Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, log all administrative access, and maintain MLPS level 3 filing for the hosting environment.

6.2 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall cooperate in the investigation and notifications required by law, and shall be liable for the losses caused by its failure to comply with this Section B6.

### B7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties.

7.2 These duties continue for three years after the end of the Agreement.

### B8. Intellectual Property

8.1 Provider owns the Service and all improvements to it.

8.2 The Configurations are owned by Customer. Customer may use, copy and modify them and allow third parties to use them, including after the end of the Agreement.

### B9. Renewal

9.1 At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms equal to one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

9.2 Provider may increase the fees for any renewal term by notice given at least 90 days before the renewal term starts. The increased fees apply from the start of the renewal term.

### B10. Liability

10.1 Neither party is liable for indirect or consequential losses or for loss of profits.

10.2 Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six (6) months immediately preceding the event giving rise to the claim.

### B11. Subcontracting

11.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent, except that the hosting data centre named in A1 is approved. Provider remains responsible for all subcontractors.

### B12. Term and Termination

12.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.

12.2 If Customer terminates under 12.1, Provider shall refund the prepaid fees for the remainder of the current Subscription Year.

12.3 Sections B5, B6, B7, B8 and B10 survive termination.

### B13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### B14. General

14.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its entire business.

14.2 The Agreement is the entire agreement between the parties on its subject. Customer's purchase order terms do not apply.

14.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""
E03 = """T:PURCHASE CONTRACT FOR GRAIN MONITORING SENSORS AND SOFTWARE LICENCE
P:Contract No. JH-GM-2027-031
P:Buyer: Suihua Jinhe Grain Reserve Co., Ltd., No. 8 Beilin Road, Suihua, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Aroostook Grain Sensing Corp., 115 Main Street, Presque Isle, Maine 04769, United States (the "Supplier").
P:The Buyer operates 24 flat warehouses and 12 silos for the storage of maize, soybeans and rice. The Buyer wishes to install a digital temperature and humidity monitoring system in its storage facilities, and the Supplier has offered its GrainWatch sensors, gateways and monitoring software. The parties therefore agree as follows, on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, wireless gateways, headspace and weather stations and accessories listed in clause 3.
P:1.2 "Software" means the GrainWatch Monitor software, server edition, including its alarm, trend analysis, aeration control and reporting modules.
P:1.3 "Custom Work" means the warehouse layouts, alarm rules, report templates and the interface to the Buyer's grain inventory system that the Supplier prepares for the Buyer.
P:1.4 "System" means the Equipment, the Software and the Custom Work together, as installed at the Buyer's storage facilities.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, prepare the Custom Work, install and commission the System at the Buyer's facilities in Suihua, and train the Buyer's staff.
P:2.2 The System shall measure grain temperature at intervals of no more than 1.5 metres in depth, measure humidity in each warehouse headspace, raise alarms for hot spots and condensation risk, and control the aeration fans of the 12 silos.
P:2.3 The Buyer shall provide server hardware, network access, power supply points and access to the storage facilities in accordance with the installation plan agreed by the parties.
H:3. Price
P:3.1 The contract price is CNY 1,442,000 (the "Contract Price"), itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature sensor cable, 7 points per cable|1,200|420|504,000
TB:2|Wireless gateway with solar power unit|48|6,800|326,400
TB:3|Headspace humidity and weather station|6|21,500|129,000
TB:4|GrainWatch Monitor software licence, perpetual, server edition|1|288,000|288,000
TB:|Equipment and Software Subtotal|||1,247,400
TB:5|Installation, commissioning and Custom Work|1 lot|176,000|176,000
TB:6|Training|1 lot|18,600|18,600
TB:|Contract Price|||1,442,000
P:3.2 The Contract Price is fixed and includes delivery DAP the Buyer's facilities, import formalities, insurance, installation, all taxes and duties, and the Supplier's travel costs.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 15 business days after signature of this Contract and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 business days after the Equipment has been delivered and installed and the parties have signed an installation record. The installation record is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 25% of the Contract Price within 15 business days after Final Acceptance under clause 6.
P:4.4 The Supplier shall issue a valid VAT invoice for each payment.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment within 75 days after signature and shall complete installation and commissioning within 45 days after delivery.
P:5.2 Installation inside grain storage facilities shall follow the Buyer's safety rules for confined spaces, work at height and fumigation periods. The Supplier's staff shall not enter a warehouse without the Buyer's escort.
P:5.3 The Supplier shall appoint a project manager who speaks Chinese and who will be present at the Buyer's facilities during installation and commissioning. The Supplier shall submit a weekly progress report and shall inform the Buyer at once of any event that may delay delivery or installation.
P:5.4 The Supplier shall train 16 operators and 4 administrators of the Buyer in the use, calibration checks and routine maintenance of the System, and shall provide Chinese user and maintenance manuals.
H:6. Acceptance
P:6.1 Acceptance tests shall show that (a) every sensor point reports a valid reading to the Software; (b) temperature readings deviate by no more than 0.5°C from calibrated reference thermometers at 60 randomly chosen points; (c) hot-spot and condensation alarms reach the Buyer's duty staff by SMS and in the Software within 2 minutes; (d) aeration fans start and stop correctly under the control rules; and (e) the interface to the inventory system updates stock and temperature records without error for 10 consecutive days.
P:6.2 After the tests are passed, the System shall run for 30 days without a Severity 1 fault, after which the Buyer shall sign a Final Acceptance certificate.
P:6.3 Delivery, installation, use of the System or any payment does not constitute acceptance. If a test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 24 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and shipping, and shall provide Software updates and defect corrections free of charge.
P:7.2 Fault response times:
TB:Severity|Description|Response time|Restoration target
TB:Severity 1|System down or alarms not delivered for a whole warehouse or silo|2 hours|24 hours
TB:Severity 2|Part of a warehouse not monitored or one gateway failed|8 hours|3 days
TB:Severity 3|Single sensor or minor software fault|1 business day|10 days
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response time, it shall pay the Buyer CNY 800, and for each day by which it exceeds a restoration target, CNY 1,000. The Buyer may deduct these amounts from any payment due.
P:7.4 The Supplier shall keep a stock of spare sensor cables and gateways in Harbin and shall provide Chinese-speaking technical support through its local service partner, whose appointment the Buyer approves under clause 12.
P:7.5 After the warranty period the Supplier shall offer annual support at 8% of the Equipment and Software Subtotal, that is CNY 99,792 per year, covering repairs, spare parts, Software updates and the same response times. This annual fee shall not increase for three years after the warranty period. Annual support is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's storage facilities. The Software remains the property of the Supplier.
P:8.2 The Custom Work, including its source files, belongs to the Buyer, which may use, modify and license it freely.
P:8.3 The Supplier shall indemnify the Buyer against claims that the System infringes third-party rights.
H:9. Data Security and Ownership
P:9.1 All grain temperature and humidity data, stock records and alarm logs collected by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The Software is installed on the Buyer's servers. The Supplier may access the System remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all sessions shall be logged. The Supplier shall not copy Buyer data to any system outside the Buyer's network.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the System or its data within 6 hours after becoming aware of it, shall help to remedy it, and shall compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's facilities, stock levels, storage plans and security arrangements, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to deliver the Equipment or to achieve Final Acceptance by the agreed dates for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier remains fully responsible for the acts of approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after notice, or if delay damages reach their maximum amount.
P:13.2 On termination before Final Acceptance, the Supplier shall refund the amounts paid, against return of the Equipment.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The arbitral award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** MBM-XM-2027-004

**Between:**

- **Xiamen Haiyue Apparel Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Huli District, Xiamen, Fujian Province ("Customer"); and
- **Machias Bay Managed IT, Inc.**, a Maine corporation, 9 Water Street, Machias, Maine 04654, United States ("Provider").

**Background.** Customer designs and manufactures outdoor apparel at two factories in Xiamen and Zhangzhou and runs a design centre and head office in Xiamen. Customer wishes to outsource the day-to-day operation of its IT infrastructure, and Provider, acting through its delivery centre and local engineers, has agreed to provide managed services on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Monitored Infrastructure" means the servers, storage, virtualisation platform, core and distribution network, firewalls, Wi-Fi controllers and internet links listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under clause 4.

1.4 "Customer Data" means all data of Customer or its employees, customers and suppliers that Provider handles while performing the Services.

1.5 "Business Day" means a working day in the People's Republic of China.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 Provider shall provide the Services described in Schedule 1 to the service levels in Schedule 2, for the charges in Schedule 3.

3.2 Provider shall staff a service desk in Mandarin and English from 07:30 to 21:30 on Business Days and shall provide on-call engineers outside those hours for Priority 1 incidents.

3.3 Provider shall station two engineers at Customer's Xiamen head office and one engineer at the Zhangzhou factory during Business Days.

3.4 Provider shall follow Customer's change management procedure. No change to the Monitored Infrastructure shall be made without an approved change request, except emergency changes to restore a Priority 1 incident, which shall be reported to Customer on the same day.

3.5 Provider shall hold a monthly service review with Customer and shall deliver a monthly report covering availability, incidents, requests, changes, capacity and recommendations.

3.6 Provider's engineers shall hold current vendor certifications for the main platforms in Schedule 1. Provider shall not replace the service delivery manager or a resident engineer without giving Customer 30 days' notice and arranging a handover.

3.7 Customer shall give Provider's staff the access, workspace and information reasonably needed for the Services, shall nominate an IT manager as its contact, and shall keep its own software licences valid.

## 4. Transition

4.1 Within 60 days after signature, Provider shall take over the Services from Customer's internal team, document the Monitored Infrastructure, install its monitoring tools, set up the service desk and prepare runbooks for every service in Schedule 1.

4.2 Transition acceptance criteria: (a) every item of Monitored Infrastructure is reporting to the monitoring tools; (b) runbooks are approved by Customer's IT manager; (c) a test of backup restoration for the ERP and design file servers succeeds; (d) the service desk handles Customer's tickets for 10 Business Days in parallel with the internal team without a missed response time.

4.3 When the criteria are met, Customer shall sign the transition acceptance certificate within 5 Business Days. If a criterion is not met, Provider shall remedy the shortfall and Customer shall re-test.

4.4 If the Service Commencement Date is delayed beyond the 60 days for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Charges and Payment

5.1 Customer shall pay the transition fee and the monthly service charges set out in Schedule 3. There is no advance payment.

5.2 The transition fee is invoiced after the Service Commencement Date. Monthly service charges are invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

5.4 The charges are fixed for the Service Term. Additional devices beyond the quantities in Schedule 1 are charged at the unit rates in Schedule 3.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Service Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including designs, customer lists, prices, system configurations and passwords, and shall use it only for this Agreement.

7.2 Each party may disclose such information only to its employees and professional advisers who need to know it and are bound by duties of confidentiality no less strict than this clause. This obligation continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration documentation and reports prepared by Provider for Customer under this Agreement belong to Customer, which may use and modify them freely and hand them to any successor provider.

8.2 Provider's monitoring tools remain Provider's property. Provider shall remove them at the end of the Service Term.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for personal injury, fraud and wilful misconduct.

9.2 Neither party is liable for indirect losses or loss of profits.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its subcontractors.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider fails to meet the availability commitment in Schedule 2 in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the monthly charge rate, including handover of all documentation, credentials and runbooks to Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding on both parties.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing.

13.2 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or public network outages, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Such periods are excluded from the availability calculation.

13.3 Notices shall be given in writing to the addresses above. Neither party may assign this Agreement without the other party's consent.

## Schedule 1 — Scope of Services

| Service line | Scope | Quantity |
|---|---|---|
| Service desk | Tickets by phone, portal and WeChat; user support for PCs, printers and business applications | 1,150 users |
| Endpoint management | Deployment, patching, software distribution and asset records for desktops and laptops | 1,080 devices |
| Server and virtualisation | Monitoring, patching, capacity management, backup operation | 64 virtual servers, 9 hosts |
| Storage and backup | Daily backup, monthly restore test, tape rotation | 2 storage arrays, 1 backup system |
| Network | Core, distribution and access switches, Wi-Fi controllers, SD-WAN links, firewall rule changes | 3 sites, 210 devices |
| On-site support | Resident engineers at Xiamen (2) and Zhangzhou (1) | Business Days |

## Schedule 2 — Service Levels and Service Credits

| Measure | Commitment | Service credit |
|---|---|---|
| Availability of Monitored Infrastructure (per site, per month) | 99.5% | 3% of the monthly charge for each started 0.1 point below the commitment, up to 20% |
| Priority 1 incident (site, ERP or production network down) | Response within 15 minutes; restoration within 3 hours | CNY 1,500 per hour of late response or restoration |
| Priority 2 incident (a department or key application impaired) | Response within 1 hour; restoration within 8 hours | CNY 500 per hour of late restoration |
| Priority 3 incident or service request | Response within 1 Business Day | none |
| Monthly restore test | Completed and reported by the 10th day of the following month | CNY 2,000 for each missed test |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement Date | 124,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,212,000** |
| Additional endpoint | per device per month | 38 |
| Additional server | per server per month | 420 |

All amounts include VAT.

Signed for Customer: ____________________  Signed for Provider: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
TIMBER MARKET AND FOREST RESOURCE DATA API

Agreement No. KTD-2027-CN-011

PARTIES

Kennebec Timber Data, Inc., a Maine corporation, 140 Water Street, Skowhegan, Maine 04976, United States ("Vendor").

Zhangjiagang Huamu Timber Trading Co., Ltd., a company incorporated in the People's Republic of China, Zhangjiagang Free Trade Zone, Jiangsu Province ("Customer").

Customer imports hardwood and softwood logs and sawn lumber from North America and sells them to furniture and flooring manufacturers in China. Customer wishes to receive market prices, grading information and forest resource data through an application programming interface, and Vendor has agreed to provide them on the terms below.

1. DEFINITIONS

1.1 "Vendor Data" means the data sets described in clause 2.1, as updated by Vendor from time to time.

1.2 "API" means Vendor's REST application programming interface through which Vendor Data is delivered, with its documentation.

1.3 "Connector" means the software that Vendor develops for Customer to load Vendor Data into Customer's purchasing system and dashboard, described in clause 4.

1.4 "Customer Data" means the purchase records, stock lists, supplier lists, query logs and other data that Customer uploads to or generates in Vendor's systems.

1.5 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

1.6 "Activation Date" means the date on which Vendor issues production API credentials to Customer after acceptance of the Connector under clause 4.

2. DATA SETS AND ACCESS

2.1 The subscription covers: (a) weekly delivered prices for 26 hardwood and 14 softwood species and grades at 11 North American concentration yards and 4 export ports; (b) monthly stumpage prices and harvest volumes for Maine, New Hampshire, Vermont, New York and Quebec; (c) quarterly forest inventory estimates by county; (d) daily ocean freight indices from North American east coast ports to Shanghai and Zhangjiagang; and (e) historical data for all of the above from January 2012.

2.2 Vendor grants Customer a non-exclusive, non-transferable right during the subscription term to access the API, store Vendor Data in its own systems and use it for its internal purchasing, pricing and planning, with up to 40 named users and up to 200,000 API calls per month.

2.3 Customer may share reports containing limited extracts of Vendor Data with its customers in the normal course of business, but shall not resell Vendor Data or provide it as a data feed to any third party.

2.4 Vendor shall update each data set at the frequency stated in clause 2.1 and shall publish a release note for any change to the API at least 30 days before the change takes effect.

2.5 Vendor shall provide technical support for the API and the Connector by email and through its support portal, and shall make a data specialist available for a monthly call with Customer's purchasing team to explain changes in methodology, new grades or new concentration yards.

2.6 Customer shall keep its API credentials secure, shall inform Vendor at once if it suspects misuse of the credentials, and shall be responsible for the use of the API by its named users.

3. TERM

3.1 This Agreement starts on signature. The subscription term runs for two Subscription Years from the Activation Date.

3.2 The Agreement expires at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written order agreed by both parties.

4. CONNECTOR AND ACCEPTANCE

4.1 Within 45 days after signature, Vendor shall deliver the Connector, which shall load Vendor Data into Customer's purchasing system every day, convert prices into CNY per cubic metre at the daily exchange rate published by the People's Bank of China, and feed a dashboard showing price trends by species and grade.

4.2 Acceptance criteria: (a) all data sets in clause 2.1 load completely for 10 consecutive days; (b) a comparison of 300 price records chosen by Customer with Vendor's web portal shows no difference; (c) currency and unit conversions are correct in every tested record; and (d) the dashboard refreshes within 10 seconds.

4.3 Customer shall test the Connector within 10 business days after delivery and shall either sign an acceptance certificate or list the criteria not met. Vendor shall correct any shortfall and redeliver within 10 business days.

4.4 If Vendor fails to deliver a Connector that passes acceptance within 45 days after signature for reasons attributable to Vendor, Vendor shall pay Customer delay damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

5. FEES AND PAYMENT

5.1 The fees are:
   Subscription fee, first Subscription Year: CNY 356,000
   Subscription fee, second Subscription Year: CNY 356,000
   Connector development and integration, one-time: CNY 48,000
   Total Fees: CNY 760,000

5.2 The Connector fee is payable within 30 days after acceptance of the Connector. Each Subscription Year's fee is payable within 30 days after the start of that Subscription Year.

5.3 All fees include VAT and any withholding taxes. Payments are made in CNY to the account of Vendor's collection agent in Shanghai stated on the invoice. The fees are fixed for the subscription term.

6. SERVICE LEVELS

6.1 Vendor targets monthly API availability of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and performed at weekends.

6.2 Vendor shall respond to incidents reported by Customer as follows: Priority 1 (API unavailable or data set not updated as scheduled) within 1 hour; Priority 2 (degraded performance or incorrect values in a data set) within 8 hours; Priority 3 (questions and minor issues) within 2 business days.

6.3 Vendor shall correct incorrect values in Vendor Data within 2 business days after they are reported and shall notify Customer of every correction.

6.4 The service levels in this clause 6 are targets. No service credits, fee reductions or other payments apply if Vendor does not meet them.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the services under this Agreement and shall not use it for any other purpose, including the compilation of market statistics.

7.2 Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access restricted to Vendor staff who need it to provide the services, multi-factor authentication and logging of all access.

7.3 Vendor shall notify Customer of any unauthorised access to, loss of or disclosure of Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it, shall cooperate with Customer in any notification to authorities, and shall compensate Customer for losses caused by its breach of this clause 7.

7.4 At the end of the subscription term Vendor shall return Customer Data in a common electronic format and then delete it from its systems, and shall certify the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor Data and the API remain the property of Vendor and its licensors. Customer may keep and use Vendor Data received during the subscription term after its end for internal historical analysis.

8.2 The Connector, including its source code and documentation, belongs to Customer, which may use, modify and license it freely. Vendor shall deliver the source code with the Connector.

8.3 Vendor warrants that it has the right to license Vendor Data to Customer and shall indemnify Customer against third-party claims that Customer's use of Vendor Data or the Connector in accordance with this Agreement infringes their rights.

9. LIABILITY

9.1 Vendor's total liability under this Agreement is limited to 150% of the Total Fees, except for liability under clause 7, clause 8.3, personal injury and wilful misconduct.

9.2 Vendor does not guarantee any trading result obtained by Customer from the use of Vendor Data.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the development of the Connector or the operation of the API without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 If Customer terminates under clause 11.1, Vendor shall refund the subscription fee for the unused part of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Neither party may assign this Agreement without the prior written consent of the other party, except to a company that acquires substantially all of its business.

13.3 Notices shall be given in writing by email and courier to the addresses above. This Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.

Signed for Vendor: ____________________     Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {
    "z01": ("h1044z01_education_bureau_training_supervision_platform.pdf", Z01),
    "z02": ("h1044z02_eye_mask_line_control_retrofit.docx", Z02),
    "z03": ("h1044z03_equestrian_chain_booking_saas.txt", Z03),
    "z04": ("h1044z04_seismic_strong_motion_om_service.txt", Z04),
    "z05": ("h1044z05_dough_figurine_process_tracking_supplier_template.md", Z05),
    "e01": ("h1044e01_calibration_software_perpetual_licence_vermont.pdf", E01),
    "e02": ("h1044e02_field_service_saas_order_form.md", E02),
    "e03": ("h1044e03_grain_monitoring_sensors_licence.docx", E03),
    "e04": ("h1044e04_managed_it_services_36_months.md", E04),
    "e05": ("h1044e05_timber_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped-or-None, deemed, value),
#      TCO fee base (goods only), design rules, design risk
D = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                               True, False, "PRC", G], (True, True, True, False, 1410000), 780000, [], "low"),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False,
                               True, False, "PRC", G], (True, True, True, False, 1536000), 1376000,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high"),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True,
                            True, False, "PRC", S], (True, True, None, False, 932000), None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "medium"),
    "z04": ("zh", "services", [None, 0.5, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False,
                               False, False, "PRC", S], (True, True, None, False, 836000), None,
            ["CR-LIABILITY-CAP", "CR-TERMINATION"], "medium"),
    "z05": ("zh", "software", [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None,
                               False, True, True, "PRC", G], (False, False, False, True, 238000), 128000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], "high"),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                               True, False, "Vermont", G], (True, True, True, False, 1690000), 1260000,
            ["CR-GOVERNING-LAW"], "low"),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 1000 / 1340000 * 100, 6 / 36 * 100, None,
                            True, None, None, None, True, True, False, "PRC", S], (True, True, None, False, 1340000),
            None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], "medium"),
    "e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True,
                               False, "PRC", G], (True, True, True, False, 1442000), 1247400, [], "low"),
    "e04": ("en", "services", [99.5, 0.25, True, "buyer", False, True, True, 2000 / 2212000 * 100, 150, None, True,
                               None, None, None, False, True, False, "PRC", S], (True, True, None, False, 2212000),
            None, ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], "high"),
    "e05": ("en", "cloud", [99.95, 1, False, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, False,
                            True, False, "PRC", S], (True, True, None, False, 760000), None,
            ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], "medium"),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (defaults of §3 and §4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns the share of post-warranty fees in % (None when not computable)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 and its section on where rules apply."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base) if goods else None
    if share is not None and share > TCO_SHARE:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk_of(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\s*\.\s*9(?!\d)",                                             # availability
    r"(?<![\d.])4\s*(?:个)?小时", r"(?<!十)四\s*(?:个)?小时", r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?)\b",
    r"(?<![a-z-])four\s*-?\s*(?:hours?|hrs?)",                        # response
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)",                         # LD
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*-?\s*cent",   # cap
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*-?\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per",  # prepayment
    r"(?<![\d.])12\s*个月", r"(?<![\d.年])12\s*月(?!\s*\d)", r"十二个月", r"(?<![\d.])12\s*-?\s*months?", r"twelve\s*-?\s*months?",
    r"一年", r"(?<![a-z])one\s*-?\s*years?\b", r"(?<![\d.])1\s*-?\s*years?\b",   # warranty
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*-?\s*cent)", r"百分之十五", r"fifteen\s*per",  # post-warranty fee
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*-?\s*cent)", r"百分之四十", r"forty\s*per",  # TCO share
    r"(?<![\d.])5\s*(?:个)?年", r"五年", r"(?<![\d.])5\s*-?\s*years?\b", r"(?<![a-z])five\s*-?\s*years?",  # horizon
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["12月", "30%", "30 %", "百分之三十", "4小时", "四小时", "4 hours", "four hours", "4-hour", "99.9%", "99.9 %",
            "0.05%", "万分之五", "100%", "百分之百", "12个月", "十二个月", "12 months", "twelve months", "12-month",
            "一年", "one year", "15%", "百分之十五", "40%", "40 per cent", "五年", "5年", "5 years", "five years"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "0.055%", "130%", "150%", "115%",
             "1,200", "120个月", "2025年", "4.0级", "0.5%", "万分之五十", "第一个服务年度", "one Subscription Year",
             "2 hours", "48小时", "2027年12月31日", "200%", "45%", "35%", "25%", "8%"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(form)]
    return hits


def read_back(path):
    """Text as read back: .docx paragraphs plus table rows; .pdf pypdf text; .txt/.md the file text.
    Returns (text for counting: cells joined by spaces, text for scanning: cells joined by ' | ')."""
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        paras = [p.text for p in doc.paragraphs]
        rows_sp = [" ".join(c.text for c in r.cells) for t in doc.tables for r in t.rows]
        rows_bar = [" | ".join(c.text for c in r.cells) for t in doc.tables for r in t.rows]
        return "\n".join(paras + rows_sp), "\n".join(paras + rows_bar)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        return text, text
    text = path.read_text(encoding="utf-8")
    return text, text


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("regex self-test must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex self-test must miss", s, scan(s))

    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, _src) in FILES.items():
        lang, cat, terms, extra, base, design, risk = D[key]
        t = dict(zip(TERM_KEYS, terms))
        x = {"sla_clause": extra[0], "ld_stated": extra[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = extra[2]
        else:
            assert extra[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None
        x["acceptance_deemed_on_delivery"] = extra[3]
        x["contract_value"] = extra[4]
        rules, share = derive(t, x, base)
        assert rules == sorted(design), (key, rules, design)
        assert risk_of(rules) == risk, (key, risk_of(rules), risk)
        fired |= set(rules)
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        if share is not None:
            assert abs(share - TCO_SHARE) > 2, (key, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        count_text, scan_text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", count_text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(count_text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = scan(scan_text)
        assert not hits, (key, hits)
        print("%s  %-62s %5d %s  rules=%d  risk=%s%s" % (key, name, n, "chars" if lang == "zh" else "words",
              len(rules), risk, "" if share is None else "  tco=%.2f%%" % share))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    assert len(D["z05"][5]) in (8, 9, 10)
    assert D["e01"][5] == ["CR-GOVERNING-LAW"]
    assert sum(1 for v in D.values() if not v[5]) == 2
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
