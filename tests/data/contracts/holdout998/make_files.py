"""holdout998: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (price sums, lengths as read back, no threshold value or figure, derived rules = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SOURCES = {}

SOURCES["z01"] = """
T:产品碳足迹核算平台采购及定制开发合同
P:合同编号：HJJ-ZFCG-2027-0316
P:甲方（采购人）：某市生态环境局
P:乙方（供应商）：杭州绿迹数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号 SZCG-2027-HB-0588）、乙方投标文件和中标通知书，甲乙双方就产品碳足迹核算平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供产品碳足迹核算平台软件（以下简称“平台”）永久使用许可，部署于甲方指定的政务云环境，许可范围为甲方及其下属监测中心不限用户数使用。
P:1.2 乙方按甲方需求完成下列定制开发：重点行业产品碳足迹核算模型（覆盖电池、光伏组件、纺织品、钢材四类产品）、排放因子库与国家及省级因子数据的对接、企业在线填报端、核算结果审核流程及统计分析看板。
P:1.3 乙方负责将甲方现有的企业碳排放报送数据迁移至平台，并完成与甲方统一身份认证系统、政务数据共享交换平台的接口对接。
P:1.4 乙方负责平台安装部署、系统联调、用户培训及上线保障。详细功能和技术要求以招标文件第三章及乙方投标文件响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾壹万陆仟元整（¥2,316,000.00），含税，为固定总价。价款构成如下：
P:（1）平台软件永久许可费：¥1,280,000.00；
P:（2）定制开发费：¥760,000.00；
P:（3）数据迁移及接口对接费：¥180,000.00；
P:（4）实施及培训费：¥96,000.00。
P:2.2 合同总价已包含软件、开发、部署、差旅、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额有效发票及银行出具的预付款保函，甲方在十个工作日内支付合同总价的20%作为预付款，即¥463,200.00。
P:3.2 平台完成部署、数据迁移和接口对接，并通过初步验收后，甲方支付合同总价的45%，即¥1,042,200.00。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥810,600.00。
P:3.4 甲方付款受财政资金拨付进度影响的，双方另行协商，但甲方应及时告知乙方。
H:第四条 交付期限
P:4.1 乙方应在合同签订之日起九十日内完成部署、定制开发和数据迁移，并提交初步验收申请。
P:4.2 因甲方原因导致工期延误的，工期相应顺延，乙方应书面说明延误原因。
P:4.3 乙方应组建不少于五人的项目实施团队，项目经理须具备类似项目经验并在实施期间常驻甲方现场，未经甲方同意不得更换。乙方应每周向甲方提交项目进度报告。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准包括：（1）招标文件所列功能点全部实现；（2）四类产品核算模型经甲方抽取不少于二十个企业样本复核，计算结果与人工核算结果偏差不超过2%；（3）迁移数据逐条核对一致；（4）在三百个并发用户下，页面平均响应时间不超过3秒；（5）通过第三方机构的安全测评和商用密码应用安全性评估。
P:5.2 初步验收合格后进入九十日试运行期。试运行期内未发生一级故障、累计二级故障不超过三次的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方支付部分款项或签署到货单，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、因子库更新及远程和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过平台软件永久许可费的8%，即每年不超过¥102,400.00，该价格在质保期满后三个年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三个工作日通知甲方）。
P:7.2 故障分为三级：一级故障指平台整体不可用或核算结果错误影响对外发布，乙方须在30分钟内响应，2小时内到达现场或远程接入处理，8小时内恢复；二级故障指部分功能不可用，乙方须在1小时内响应，24小时内解决；三级故障指一般性问题，乙方须在1个工作日内响应，5个工作日内解决。
P:7.3 乙方未按上述时限响应或恢复的，每超时1小时，甲方可扣减乙方¥1,000.00；月度可用率每低于承诺值0.01个百分点，甲方可扣减¥2,000.00。扣减款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台产品本身的知识产权归乙方所有，乙方保证其有权授予本合同约定的许可。
P:8.2 乙方为本项目定制开发的核算模型、接口程序、填报端、看板及其源代码、技术文档，知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方可自行或委托第三方使用、修改和再许可。
P:8.3 乙方保证所交付的软件不侵犯任何第三方的合法权利，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全与数据归属
P:9.1 平台中的企业填报数据、核算结果、因子数据及运行日志均属于甲方所有。乙方仅可为履行本合同之目的处理上述数据，不得将其用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护的要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失和法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、企业商业信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台未通过验收且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 乙方逾期交付超过六十日的，甲方有权解除本合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求说明书为本合同的组成部分，与本合同具有同等效力。
P:15.2 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市生态环境局　　　　乙方（盖章）：杭州绿迹数智科技有限公司
P:签订日期：2027年3月16日
"""

SOURCES["z02"] = """
T:生产线控制系统改造项目合同
P:合同编号：NW-GZ-2027-019
P:甲方：宁波暖物电器有限公司（加热杯垫生产厂）
P:乙方：苏州启衡自动化工程有限公司
P:甲方主要生产USB加热杯垫、恒温杯垫及配套电源适配器，现有六条装配及老化测试生产线的控制系统老旧，故障频繁，无法采集工艺数据。甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、软件许可、程序开发、安装调试及培训。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的电气控制柜更换、PLC及人机界面升级、恒温老化测试工位温控模块改造、成品视觉检测工位新增，以及产线数据采集与监控软件的部署。
P:1.2 乙方负责开发各工位的PLC控制程序、老化测试配方管理功能、视觉检测算法配置，以及与甲方现有ERP系统的工单和报工接口。
P:1.3 改造须在甲方不停产的前提下分线实施，每条产线停线时间不得超过三个自然日，具体排期以双方确认的施工计划为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰肆拾陆万元整（¥1,460,000.00），含13%增值税。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、变频器、低压电器）|6套|432,000
TB:2|触摸屏人机界面|12台|96,000
TB:3|老化测试工位温控模块|48套|168,000
TB:4|成品视觉检测系统（相机、光源、工控机）|6套|252,000
TB:5|产线数据采集与监控软件许可（6条线）|1套|192,000
TB:|软硬件小计||1,140,000
TB:6|改造施工及安装|1项|168,000
TB:7|程序开发及调试|1项|132,000
TB:8|操作及维护培训|1项|20,000
TB:|合同总价||1,460,000
P:2.2 上述价格包含设备运输、保险、安装辅材、旧控制柜拆除及质保期内的服务费用。拆除的旧设备归甲方所有，由乙方搬运至甲方指定仓库。除经甲方书面确认的变更外，甲方不承担其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即¥292,000.00。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的45%，即¥657,000.00。到货签收仅表示数量相符，不代表质量验收。
P:3.3 六条产线全部改造完成并通过最终验收后，甲方支付合同总价的35%，即¥511,000.00。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并在设备到货后六十日内完成全部产线改造。
P:4.2 乙方施工人员应遵守甲方厂区安全管理制度，动火、登高及带电作业须办理作业许可。乙方应为施工人员购买意外伤害保险，施工中造成的人身伤害及财产损失由乙方负责。
P:4.3 乙方应在每条产线停线改造前三日提交切换方案，载明停线时间、回退措施及人员安排，经甲方生产部确认后方可实施。切换失败的，乙方应立即按回退措施恢复原控制系统，确保当班生产不受影响，由此增加的费用由乙方承担。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线调试，全部完成后由甲方组织最终验收。验收标准为：（1）各工位控制功能与技术协议一致；（2）老化测试工位温度控制精度在±1℃以内；（3）视觉检测漏检率不高于0.2%，误判率不高于1%；（4）全部数据采集点位接通，采集数据与ERP工单数据逐单核对一致；（5）连续稳定生产七个自然日，未发生因控制系统导致的停线。
P:5.2 验收合格后双方签署验收报告。设备到货、单线调试完成或甲方投入生产使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修改，由乙方免费负责。
P:6.2 质保期内，一级故障（整条产线因控制系统停机）乙方须在1小时内响应，8小时内到达甲方现场；二级故障（单个工位异常）须在2小时内响应，24小时内处理完毕。乙方每迟延响应1小时，向甲方支付¥800.00；每迟延到场1小时，向甲方支付¥1,000.00。
P:6.3 乙方应在最终验收时向甲方移交常用备品备件清单，并随设备免费提供PLC模块、温控模块及相机各两套备件。质保期内备件消耗后，乙方应在七日内免费补足。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的32%计取，即每年¥364,800.00，质保期满后三个年度内保持不变。维保服务内容包括定期巡检、备件更换、程序维护及上述响应时限。
H:第七条 知识产权
P:7.1 乙方为本项目开发的PLC控制程序、配方管理功能、ERP接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自由使用、修改及委托第三方维护。
P:7.2 产线数据采集与监控软件的产品著作权归原权利人，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方及质量数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须事先取得甲方同意并通过甲方指定的VPN接入，操作过程留存日志。乙方应对其人员进行数据安全教育。
P:8.3 因乙方原因导致甲方数据泄露、损毁的，乙方应在发现后2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对在本项目中知悉的甲方产品设计、工艺配方、客户信息及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至上述信息公开之日止，不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方施工或设备质量问题导致甲方停线超过约定时间的，乙方应赔偿甲方由此产生的直接损失，包括因停线导致的客户订单延误罚款及加班费用。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意或重大过失、人身伤害及违反第八条、第九条的除外。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。经同意分包的，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 乙方逾期完成改造超过四十五日，或改造后的产线连续两次验收不合格的，甲方有权解除合同。合同解除后，乙方应在甲方指定期限内恢复受影响产线的正常生产条件。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 培训及其他
P:14.1 乙方应为甲方电气工程师及产线班组长提供不少于三期的操作和维护培训，培训内容包括控制柜日常点检、配方修改、常见报警处理及视觉检测参数调整，并提交培训教材和考核记录。
P:14.2 技术协议、施工计划及设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2027年4月8日
"""

SOURCES["z03"] = """
场馆预约及会员管理系统服务合同

合同编号：SL3X3-IT-2027-07
甲方：上海三乐篮球运动管理有限公司（“三乐3x3”连锁球馆）
乙方：广州场动云科技有限公司

鉴于甲方在华东地区经营30家三人篮球连锁球馆，需要统一的场地预约、会员管理、储值计次、赛事报名及门店经营报表系统；乙方提供“场动云”场馆管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方30家门店提供“场动云”SaaS服务，包括：
1. 微信小程序及H5场地预约、半场拼场、教练课程预约；
2. 会员注册、等级、储值、次卡、月卡及积分管理；
3. 门禁闸机及场馆灯控的扫码联动；
4. 三人篮球赛事报名、分组、赛程编排及成绩发布；
5. 门店及总部经营报表、收银对账。
（二）乙方负责一次性实施服务，包括：30家门店的系统开通与参数配置、甲方品牌小程序页面定制、历史会员及储值余额数据迁移、门禁闸机对接、店长及前台人员培训。
（三）乙方提供的服务账号数量不设上限，门店新增的，按本合同单价另行增加订阅。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧随其后。
（二）服务期届满前三十日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。续期时，乙方有权按其届时公布的标准价目表调整订阅单价，并以书面或系统公告方式通知甲方。

三、合同价款
（一）本合同总价为人民币陆拾伍万肆仟元整（¥654,000.00），由以下部分组成：
1. 第一个服务年度订阅费：30家门店，每店每服务年度¥9,600.00，合计¥288,000.00；
2. 第二个服务年度订阅费：¥288,000.00；
3. 一次性实施费：¥78,000.00。
（二）上述费用含6%增值税。短信、支付通道手续费由甲方按实际发生另行承担，不计入合同总价。

四、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费按季度支付，乙方在每个季度开始后开具发票，甲方在收到发票后十五个工作日内支付该季度订阅费。
（三）甲方无需支付任何预付款。

五、实施与验收
（一）乙方应在合同签订后四十日内完成全部门店的开通、配置、数据迁移与闸机对接，并提交上线验收申请。
（二）上线验收标准：
1. 合同第一条所列功能全部可用，并通过甲方编写的测试用例；
2. 历史会员数量、储值余额及剩余次数迁移后与原系统逐户核对一致；
3. 30家门店闸机扫码开门成功率测试达标，平均开门时间不超过1.5秒；
4. 在晚间高峰模拟每分钟三千次预约请求时，预约成功返回时间不超过2秒。
（三）验收合格的，甲方出具书面验收单。小程序上线试用或门店开始收款，均不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收，由此延误的时间计入乙方逾期。

六、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前两个工作日通知甲方。
（二）故障分级及响应：
1. 一级故障：预约、收银或闸机联动整体不可用，乙方须在30分钟内响应，2小时内恢复；
2. 二级故障：部分门店或部分功能不可用，乙方须在2小时内响应，8小时内恢复；
3. 三级故障：一般咨询及优化需求，乙方须在1个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按未达标幅度抵扣当月订阅费，每低0.1个百分点抵扣当月订阅费的5%，最高抵扣当月订阅费的全额；一级故障超时恢复的，每超时1小时抵扣¥500.00。补偿金额在下一季度付款中扣除。

（四）乙方应提供每日九点至二十三点的在线客服和电话支持，覆盖甲方门店营业时间；每季度向甲方提交服务报告，列明可用率、故障处理、补偿抵扣及优化建议。
（五）服务期内乙方免费提供平台版本升级。升级涉及预约、收银或会员规则变化的，应提前十个工作日通知甲方并提供升级说明，不得降低已有功能。

七、知识产权
（一）“场动云”平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的品牌小程序页面、专属报表模板及赛事编排规则配置，知识产权归甲方所有，甲方可自由使用、修改或交由第三方继续开发。服务终止时，乙方应将上述成果的源文件交付甲方。

八、数据安全与数据归属
（一）甲方会员信息、预约记录、储值及消费数据、赛事数据等全部业务数据属于甲方所有。乙方仅可为向甲方提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供或进行商业分析。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制、操作审计和异地备份措施，系统应通过网络安全等级保护二级测评。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知和报告义务，并承担由此给甲方造成的全部损失。
（四）服务终止后十五日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除并出具删除证明。

九、保密
乙方对甲方的会员信息、经营数据、定价策略及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。

十、违约责任
（一）乙方未按第五条约定时间完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条、第九条的，应赔偿甲方全部损失。
（三）因乙方系统故障导致门店重复扣款、储值余额错误或会员权益丢失的，乙方应在三个工作日内完成核对和更正，并承担甲方向会员退赔所产生的费用。

十一、分包
乙方不得将实施服务分包。确需由第三方完成闸机对接等专项工作的，须事先取得甲方书面同意，乙方对第三方的行为负责。

十二、合同解除
（一）乙方严重违约，或一个服务年度内累计三个月可用率未达承诺值，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。
（二）合同解除或终止后，乙方应按第八条第（四）项移交数据，并在数据移交完成前维持系统只读访问，不得以费用争议为由停止服务或扣留数据。

十三、双方其他义务
（一）甲方应指定总部项目负责人及各门店联系人，按时提供门店资料、历史数据及闸机设备参数，并组织门店人员参加培训。
（二）甲方负责门店网络及闸机设备本身的正常运行，因门店断网或闸机硬件损坏导致的故障，不计入乙方可用率统计。
（三）乙方应指定专属客户成功经理，每月至少走访或远程回访甲方总部一次，收集门店使用问题并跟踪整改。
（四）乙方人员进入甲方门店现场作业的，应遵守甲方门店管理规定，不得影响球馆正常营业和赛事活动。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十五、其他
本合同附件包括：功能清单、门店清单、测试用例及数据迁移方案。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海三乐篮球运动管理有限公司
乙方（盖章）：广州场动云科技有限公司
签订日期：2027年5月20日
"""

SOURCES["z04"] = """
立交桥结构健康监测系统运维服务合同

项目名称：2027年度立交桥结构健康监测系统运维服务
采购方式：竞争性磋商（项目编号：JTJ-CS-2026-114）
甲方（采购人）：某市交通运输局
乙方（成交供应商）：南京桥安监测技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方所辖七座立交桥结构健康监测系统的运维服务，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方所辖七座立交桥已建成的结构健康监测系统，包括应变计、位移计、倾角仪、加速度传感器、温湿度传感器、视频监控、数据采集站、传输网络以及监测云平台软件，设备清单见附件一。
（二）服务内容：
1. 传感器及采集设备的月度巡检、季度校准和故障维修；
2. 监测平台的日常运行维护、数据备份、安全补丁及预警阈值维护；
3. 监测数据的日常分析、月度分析报告和年度结构状态评估报告；
4. 台风、暴雨、重载车辆通行等特殊事件期间的加密监测和应急响应；
5. 配合甲方开展桥梁定期检查和上级部门的检查考核；
6. 对甲方管养人员进行监测系统使用及预警处置的培训，全年不少于两次。
（三）服务期限：自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同总价为人民币壹佰零捌万陆仟元整（¥1,086,000.00），为包干价，含税。
（二）费用构成：传感器巡检校准及维修¥412,000.00；平台运行维护¥286,000.00；数据分析及评估报告¥228,000.00；应急响应及加密监测¥160,000.00。
（三）单件价值在¥3,000.00以下的更换零部件费用包含在总价内；单件价值超过该金额的设备更换，由乙方报价、甲方书面确认后另行结算。

第三条 付款方式
（一）服务费按季度支付，每季度支付合同总价的四分之一。
（二）每季度结束后，乙方提交本季度巡检记录、维修记录、月度分析报告及服务总结，经甲方考核合格后，甲方在十五个工作日内支付该季度服务费。
（三）本合同不设预付款。

第四条 服务要求
（一）乙方应组建不少于六人的驻场运维团队，其中结构工程师不少于两名，项目负责人须具有桥梁或结构专业高级职称。
（二）监测平台应保持全天候运行，乙方应每日检查数据接收情况，发现传感器数据中断、异常跳变的，应及时排查处理，并在运维日志中记录原因、处理过程和结果。每月应对平台数据库进行一次全量备份，备份数据保存在甲方指定的存储设备上。
（三）故障响应：
1. 一级故障：监测平台整体中断、某座桥梁全部数据中断或结构预警误报漏报，乙方须在30分钟内响应，2小时内到达现场；
2. 二级故障：单个测点或单台设备故障，乙方须在2小时内响应，24小时内修复；
3. 三级故障：一般问题，乙方须在2个工作日内处理。
（四）结构预警：监测数据超过预警值时，乙方应在15分钟内电话报告甲方值班人员，并在1小时内提交初步分析意见。
（五）乙方应每月5日前提交上月分析报告，每年11月30日前提交年度结构状态评估报告初稿。

（六）乙方应在甲方指定地点储备常用备品备件，至少包括各类传感器各两只、采集模块两块及通信模块两块，备件使用后应在十日内补齐。
（七）乙方应每月参加甲方组织的运维例会，汇报上月运维情况、设备故障统计、数据异常分析及下月工作计划，并对甲方提出的问题形成整改清单。
（八）乙方更换驻场人员的，应提前十日书面报甲方同意，新任人员的资格不得低于原人员。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检计划完成情况、设备完好率、数据完整性、报告质量及故障处理记录。
（二）季度考核合格的标准为：巡检计划全部完成，全部测点未出现连续三日以上的数据中断，月度报告按时提交且经甲方审核通过。
（三）年度服务期满后，甲方组织专家对年度结构状态评估报告和全年服务情况进行验收。验收合格的，甲方出具验收意见；不合格的，乙方应在二十日内整改。

第六条 知识产权
乙方在本合同项下形成的监测数据、分析报告、评估报告、预警阈值配置及数据分析模型，知识产权归甲方所有，甲方可自由使用和修改。乙方引用上述成果须经甲方书面同意。

第七条 数据安全
（一）全部监测数据、视频图像和平台运行数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他项目、论文发表或商业用途。
（二）乙方应执行网络安全等级保护要求，平台账号实行实名制和最小权限管理，远程运维须经甲方审批并留存操作日志，不得在个人设备上存储监测数据。
（三）发生数据泄露、丢失或平台被攻击的，乙方应在1小时内报告甲方，采取处置措施，并承担由此造成的损失和法律责任。

第八条 保密
乙方对履行本合同过程中获悉的桥梁结构资料、监测数据、设计图纸及甲方工作信息负有保密义务，未经甲方书面同意不得对外披露。保密义务在合同终止后持续有效。

第九条 分包
乙方可将高空测点设备的检修作业、桥下登高车作业及年度设备校准中的计量检定工作分包给具有相应资质的单位，但应在分包前五个工作日书面告知甲方分包单位名称及资质情况。乙方对分包单位的工作质量和安全负责。

第十条 违约责任
（一）乙方未能在2027年1月1日按约定进场开始服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未按第四条第（五）项按时提交年度结构状态评估报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）乙方因维护不当导致监测设备损坏的，应负责修复或按原价赔偿。
（四）乙方伪造巡检记录或监测数据的，甲方有权拒付当季度服务费，并依法追究乙方责任；情节严重的，甲方可将有关情况报告政府采购监督管理部门。

第十一条 安全生产
乙方作业须遵守道路交通和高空作业安全规定，占道作业须事先办理审批，设置警示标志，造成人身伤害或第三方损失的，由乙方承担全部责任。

第十二条 甲方义务
（一）甲方应向乙方提供监测系统竣工资料、设备台账、平台账号及必要的工作场所，协调桥梁管养单位配合乙方现场作业。
（二）甲方应指定专人负责与乙方的日常联络，对乙方提交的报告在十个工作日内提出审核意见。
（三）甲方应按本合同约定及时支付服务费，并为乙方占道作业、登高作业办理审批提供必要协助。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知乙方解除本合同，并按已完成服务结算费用，乙方应赔偿由此给甲方造成的损失。

第十四条 服务期满
本合同服务期满即终止，不自动续期。服务期满或合同解除时，乙方应在十个工作日内向甲方或甲方指定的单位完整移交系统账号、密码、数据、备件及技术资料，并配合交接。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
磋商文件、响应文件、成交通知书及附件一设备清单为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市交通运输局
乙方（盖章）：南京桥安监测技术有限公司
日期：2026年12月18日
"""

SOURCES["z05"] = """
# 匠链工艺追踪软件 许可及定制开发合同

**（匠链软件标准合同文本 2026版）**

合同编号：JL-2027-0412

甲方（用户）：苏州银叶锡箔工艺工作室

乙方（软件提供方）：无锡匠链信息技术有限公司

甲方为从事锡箔纸钱、锡箔工艺品及装饰锡箔加工的手工工作室，拟使用乙方“匠链”工艺追踪软件管理锡锭领用、压延、裱褙、裁切、成品入库各工序。甲乙双方根据《中华人民共和国民法典》，在平等自愿的基础上，就软件许可及定制开发事项订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方授予“匠链”工艺追踪软件标准版的永久使用许可，许可用户数为十五个，安装于甲方自备的服务器一台及车间平板电脑若干。

1.2 乙方根据甲方需求进行以下定制开发：锡箔批次工艺卡、电子秤称重数据自动采集、工序扫码报工、锡耗统计报表、成品追溯二维码标签打印。

1.3 乙方负责软件安装部署、基础数据初始化及对甲方操作人员的培训。

1.4 定制开发的具体范围以乙方出具的《需求确认书》为准。《需求确认书》未列明的功能，视为不在本合同范围内，甲方另行提出的，乙方按人天单价另行收费。

1.5 乙方提供的培训为现场集中培训两次，每次不超过半天，培训对象为甲方指定的工序负责人和仓库人员。甲方人员变动后需要再次培训的，按乙方服务价目表另行收费。

## 第二条 合同价款

2.1 本合同总价为人民币贰拾捌万陆仟元整（¥286,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追踪软件标准版永久许可（15用户） | 168,000 |
| 2 | 定制开发（工艺卡、称重采集、扫码报工、报表、追溯标签） | 96,000 |
| 3 | 部署实施及培训 | 22,000 |
| | 合计 | 286,000 |

2.2 以上价格含税，不含服务器、平板电脑、电子秤、扫码枪及标签打印机等硬件，上述硬件由甲方自行采购。

2.3 乙方人员赴甲方现场的差旅费用超出三次的部分，由甲方按实报销。

2.4 合同价款不因甲方实际使用的工序数量、产量或用户数少于约定数量而减少，已付款项在任何情况下均不予退还。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即¥185,900.00。乙方收到该款项后开始安排开发工作。

3.2 软件部署完成后五个工作日内，甲方支付剩余款项¥100,100.00。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之二向乙方支付违约金，且乙方有权暂停开发、部署或技术支持服务，由此造成的延误由甲方负责。

## 第四条 交付与验收

4.1 乙方在收到第3.1条款项后六十个工作日内完成开发并部署。因甲方需求变更、数据提供不及时或硬件未到位造成的延误，交付时间相应顺延。

4.2 软件部署完成后，乙方通知甲方即视为交付。软件部署完成即视为甲方验收合格。

4.3 甲方在部署后如发现功能与《需求确认书》不符，应在七日内书面提出，乙方予以修改；逾期未提出的，视为甲方无异议。

4.4 甲方在软件部署完成后即可将软件投入生产使用。甲方使用软件处理实际业务的，视为甲方对软件功能和质量的认可。

## 第五条 售后服务

5.1 自部署完成之日起六个月为免费维护期，乙方在免费维护期内提供软件缺陷修复和远程技术支持。

5.2 乙方技术支持时间为工作日九点至十七点。乙方将尽合理努力及时处理甲方提出的问题，具体处理时间视问题复杂程度而定。

5.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价目表支付年度维护费。甲方未续购维护服务的，乙方不再提供任何升级及技术支持。

5.4 因甲方操作不当、擅自修改软件、硬件故障或病毒感染导致的问题，不属于维护范围。

5.5 乙方可根据产品规划对软件进行版本升级或调整功能。免费维护期内的升级由乙方决定是否向甲方提供；升级后原有功能如有调整，以新版本说明为准。

## 第六条 知识产权

6.1 “匠链”软件及乙方为甲方定制开发的全部功能模块、源代码、数据库结构和相关文档，其著作权及其他知识产权均归乙方所有。

6.2 甲方仅在许可范围内享有定制功能的使用权，不得对软件进行反向工程、修改、复制或提供给第三方使用。乙方有权将定制开发成果用于其他客户或纳入软件标准版。

## 第七条 数据

7.1 甲方在使用软件过程中录入的工艺数据和经营数据由甲方使用。乙方有权在去除甲方名称等识别信息后，将上述数据汇总用于行业工艺分析、产品改进及乙方其他业务。

7.2 乙方远程维护时应使用甲方提供的临时账号，采取必要的加密和访问控制措施，不得擅自下载甲方数据。因乙方原因造成甲方数据泄露的，乙方应及时通知甲方，采取补救措施，并依本合同承担赔偿责任。

## 第八条 保密

双方对在合作中获悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或政府部门要求披露的除外。本条在合同终止后两年内有效。乙方可在其宣传材料和客户名单中使用甲方名称及标识作为案例展示。

## 第九条 责任限制

9.1 乙方对本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过合同总价的20%。

9.2 乙方在任何情况下均不对甲方的利润损失、生产损失、数据损失或其他间接损失承担责任。

9.3 乙方不保证软件能满足甲方的全部业务需求，也不保证软件运行不中断或无错误。

9.4 因第三方软件、操作系统、数据库或甲方硬件设备原因导致的任何损失，乙方不承担责任。甲方同意上述责任限制是确定本合同价格的基础。

## 第十条 合同的解除

一方严重违反本合同约定，经另一方书面催告后十五日内仍未改正的，守约方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。

## 第十一条 甲方义务

11.1 甲方应在合同签订后十日内向乙方提供工序流程、工艺卡样式、物料编码、称重设备型号及通讯协议等资料，并确保资料真实完整。

11.2 甲方应按乙方要求自行准备服务器、网络及车间终端设备，保证运行环境满足软件的安装要求。因运行环境不符合要求导致软件无法正常使用的，由甲方自行负责。

11.3 甲方应指定专人负责软件的日常使用和数据录入，妥善保管账号和密码。因甲方账号泄露造成的损失由甲方承担。

11.4 甲方应自行做好数据备份。因甲方未备份导致的数据丢失，乙方不承担责任。

11.5 甲方不得将软件转让、出租或提供给其关联方使用，不得在许可用户数以外增加账号。甲方需要增加用户的，按乙方届时价格另行购买。

## 第十二条 不可抗力

因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，可以部分或全部免除责任。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方对本合同条款均已充分阅读并理解。

甲方（签章）：苏州银叶锡箔工艺工作室

乙方（签章）：无锡匠链信息技术有限公司

签订日期：2027年4月12日
"""

SOURCES["e01"] = """
T:Software Licence and Services Agreement
P:Agreement No. SLM-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Suzhou Hengjing Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province (the "Buyer"); and
P:(2) St. Lawrence Metrology Software, Inc., a New York corporation with its principal office at 14 Main Street, Massena, New York 13662, United States of America (the "Vendor").
P:The Buyer wishes to replace the stand-alone inspection programs on its coordinate measuring machines with one metrology platform, the Vendor's QualiPath suite. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the QualiPath Measure, QualiPath Planner and QualiPath SPC modules in object code, including Updates supplied during the Warranty Period and any paid support period.
P:1.2 "Custom Deliverables" means the measurement program templates, CAD import mappings, report layouts, the interface to the Buyer's manufacturing execution system and any other item developed by the Vendor specifically for the Buyer under this Agreement, with their source files and documentation.
P:1.3 "Buyer Data" means all measurement results, part programs, drawings, CAD models, production records and other information supplied by or generated for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Severity 1 Incident" means a failure that stops measurement on two or more machines or corrupts measurement results.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for thirty-two concurrent users at the Buyer's sites in Suzhou and Wuxi, for the Buyer's internal business purposes.
P:2.2 The Buyer may make backup copies and move the Licensed Software to replacement hardware without charge.
P:2.3 The licence survives the expiry of the Warranty Period and of any support period and may only be terminated under Article 12.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: installation on the Buyer's servers and on twenty-two measuring stations; configuration of the Licensed Software; development of the Custom Deliverables; migration of the Buyer's existing inspection programs for approximately 1,800 part numbers; training; and support during the go-live period.
P:3.2 The Vendor shall complete installation and configuration within sixty days after the Effective Date and shall be ready for Final Acceptance testing within one hundred and twenty days after the Effective Date, in accordance with the project plan in Annex 2.
H:Article 4 Prices and Payment
P:4.1 The total price of this Agreement is CNY 1,620,000 (the "Contract Price"), inclusive of applicable taxes, made up as follows: Licence Fee for the Licensed Software CNY 1,260,000; implementation, Custom Deliverables and data migration CNY 318,000; training CNY 42,000.
P:4.2 The Contract Price is payable as follows: (a) 20% within thirty days after signature against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer; (b) 45% after successful installation and operational qualification on all measuring stations; (c) 35% after Final Acceptance.
P:4.3 All payments shall be made in CNY to the Vendor's account with a bank in the People's Republic of China. The Vendor shall issue valid invoices (fapiao) for each payment through its Shanghai representative entity or its appointed distributor.
P:4.4 The Contract Price is fixed and includes all expenses of the Vendor's personnel.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing shall verify that: (a) all functions listed in the Functional Specification in Annex 1 work as described; (b) on a set of fifty reference parts chosen by the Buyer, measurement results produced by the Licensed Software agree with the results of the Buyer's calibrated reference programs within the tolerance stated in Annex 1; (c) the interface to the manufacturing execution system transfers inspection results for every tested lot without loss or duplication; (d) the migrated inspection programs run without error on a sample of two hundred part numbers; and (e) the system runs for twenty consecutive working days without a Severity 1 Incident.
P:5.2 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. If any test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.3 Installation, productive use of the Licensed Software or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with Annex 1 for a warranty period of eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall, free of charge, correct defects, supply Updates and provide remote and on-site support.
P:6.2 The Vendor shall respond to a Severity 1 Incident within one hour, 24 hours a day, and provide a workaround or fix within eight hours. Severity 2 Incidents shall be responded to within two hours during business hours and resolved within two business days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Buyer CNY 1,000, and for each full hour by which it exceeds the Severity 1 fix time, CNY 500. These amounts may be deducted from any payment due to the Vendor.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee shall be 11% of the Licence Fee (CNY 138,600 per year) and shall not increase during the first three years after the Warranty Period. Support includes Updates, the response times in Article 6.2 and the remedies in Article 6.3. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source files at Final Acceptance. The Buyer may use, modify and sub-license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking, or disclose it to any third party.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway, on approval for each session, with multi-factor authentication and session logging. The Vendor shall not copy Buyer Data outside the Buyer's environment and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within six hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial measures and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party, including drawings, customer names, prices and the terms of this Agreement, shall use it only for this Agreement and shall not disclose it without the other party's prior written consent.
P:9.2 This Article survives termination for three years, and for trade secrets for as long as they remain secret.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to be ready for Final Acceptance testing by the date in Article 3.2, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud or wilful misconduct, the Vendor's indemnity in Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 The Buyer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund all amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of New York, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution in accordance with its International Arbitration Rules. The seat of arbitration shall be New York, New York, and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and in Chinese. Both versions are equally authentic.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SOURCES["e02"] = """
# ORDER FORM

**North Country TradeCheck, LLC**, 310 Ford Street, Ogdensburg, New York 13669, USA ("Provider")

**Ningbo Haiyue Import & Export Co., Ltd.**, Yinzhou District, Ningbo, Zhejiang Province, PRC ("Customer")

Order Form No. NCT-OF-2027-0087. This Order Form consists of Part A (Commercial Terms) and Part B (General Terms). If they conflict, Part A prevails.

## PART A - COMMERCIAL TERMS

### A1. Service

TradeCheck Cloud, Provider's hosted trade-compliance screening service: restricted-party screening of customers, consignees, forwarders and banks against the sanctions and export-control lists listed in the Service Description; HS code classification assistance; licence-determination workflow; audit trail and reporting. Named users: 45. Screening volume included: 600,000 screenings per Subscription Year. Integration: connector to Customer's ERP (order and shipment release).

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5; the second Subscription Year starts on the first anniversary of that date.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 45 users, 600,000 screenings | 396,000 |
| Subscription fee, Subscription Year 2 | 45 users, 600,000 screenings | 396,000 |
| Onboarding (configuration, list set-up, ERP connector, training) | one-time | 58,000 |
| **Total Order Value** | | **850,000** |

Screenings above the included volume are charged at CNY 0.35 per screening, invoiced quarterly in arrears; such overage charges are not part of the Total Order Value. All amounts include VAT.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance. (b) The subscription fee of each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year. (c) Invoices are payable within thirty days of receipt of a valid fapiao. No amount is payable before Onboarding Acceptance.

### A5. Onboarding and Onboarding Acceptance

Provider shall complete onboarding within forty-five days after signature of this Order Form. Onboarding Acceptance requires that: (i) all 45 user accounts are active with single sign-on through Customer's identity provider; (ii) the ERP connector blocks order release for every test party flagged in Customer's test set of three hundred parties and releases every cleared party; (iii) screening results for the test set match the expected results agreed in the onboarding plan; and (iv) users have completed training. Customer shall sign an acceptance certificate within five business days after successful tests. Use of the Service for live orders before that date is not acceptance. If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay, which Customer may set off against any invoice.

### A6. Service Levels and Support

Monthly availability of the production Service: 99.95%, excluding scheduled maintenance announced at least three business days in advance and performed between 00:00 and 06:00 Beijing time. Priority 1 (Service unavailable or screening results not returned): response within 30 minutes, 24x7, restoration target two hours. Priority 2 (degraded performance or a module unavailable): response within two hours, resolution within one business day. Priority 3: response within one business day. Service credits: 5% of the monthly subscription fee for each 0.1 percentage point (or part) below the availability commitment, up to 50% of the monthly fee; and CNY 800 for each hour by which a Priority 1 response is late. Credits are deducted from the next invoice.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including party names, addresses, order details, screening results and audit logs.

1.2 "Customer Configurations" means screening rules, match thresholds, workflows, report templates and ERP mappings configured for Customer.

1.3 "Subscription Year" has the meaning in A2.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with the Service Description and the service levels in A6.

2.2 Provider shall keep the screening lists current, updating each official list within one business day after its publication by the issuing authority.

2.3 Provider may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term.

2.4 Provider shall provide a test environment with the same list content as production, so that Customer can test rule changes and ERP connector updates before using them for live orders.

### 3. Customer Data

3.1 As between the parties, Customer owns all Customer Data. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Provider shall host the Service for Customer in a data centre located in mainland China operated by a licensed cloud provider. Provider shall not transfer Customer Data outside mainland China.

3.3 On expiry or termination, Provider shall make Customer Data available for export for thirty days and then delete it, and confirm the deletion in writing.

### 4. Data Security

4.1 Provider shall maintain technical and organisational measures appropriate to the risk, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging and monitoring, vulnerability management and an annual penetration test by an independent firm.

4.2 Provider shall notify Customer within eight hours after becoming aware of a security incident affecting Customer Data, shall investigate and contain it, shall support Customer in any notification required by law, and shall bear the costs and losses caused by an incident resulting from its breach of this Section, subject to Section 9.

### 5. Confidentiality

5.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Order Form and disclose it only to personnel and advisers who need to know it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service, its software and its list content.

6.2 Customer Configurations and any reports generated for Customer belong to Customer. Customer may use, modify and share them with third parties, including a successor provider, without restriction. Provider shall export them on request in a documented format.

### 7. Subcontractors

7.1 Provider may engage subcontractors and sub-processors to perform any part of the Service, including hosting, list data supply and first-line support. Provider shall publish the current list on its trust portal and shall notify Customer by email at least fifteen days before adding a new subcontractor.

7.2 Provider remains responsible for the performance of its subcontractors.

### 8. Renewal

8.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal periods of one Subscription Year each unless either party gives notice of non-renewal at least sixty days before the end of the then-current term.

8.2 The subscription fee for each renewal period may be increased by Provider by up to 9% over the fee for the preceding Subscription Year, by notice given at least seventy-five days before the renewal date.

### 9. Limitation of Liability

9.1 Except for breach of Section 5, a party's infringement of the other party's intellectual property rights, and Customer's payment obligations, each party's total aggregate liability arising out of or in connection with this Order Form shall not exceed the total fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect, special or consequential damages or loss of profits.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.

10.2 Customer may also terminate if monthly availability falls below the commitment in A6 in three months of any Subscription Year. In that case Provider shall refund any fees already paid for the period after termination.

10.3 On termination Provider shall support the transfer of Customer Data and Customer Configurations under Sections 3.3 and 6.2.

### 11. Compliance

11.1 Each party shall comply with the export-control, sanctions and anti-bribery laws that apply to it. The Service supports Customer's screening decisions; final decisions remain with Customer.

11.2 Provider shall inform Customer promptly if any list source used by the Service is discontinued or changes its format in a way that may affect screening results, and shall propose a replacement source at no extra charge. Provider shall provide Customer with a quarterly service report showing availability, incidents, credits, list update dates and screening volumes.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

### 13. General

13.1 Notices shall be given in writing to the addresses above. This Order Form is the entire agreement of the parties on its subject. Amendments require a written document signed by both parties.

13.2 This Order Form is signed in two counterparts in English, each party holding one.

**Customer**: Ningbo Haiyue Import & Export Co., Ltd. Signature: ______________ Date: ______________

**Provider**: North Country TradeCheck, LLC. Signature: ______________ Date: ______________
"""

SOURCES["e03"] = """
T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. BHX-EQ-2027-0213
P:This Contract is made on 9 April 2027 between Tianjin Binhai Huaxin Paper Co., Ltd., Tianjin Economic-Technological Development Area, PRC (the "Buyer"), and Mohawk Valley Sensing Systems, Inc., 55 North Main Street, Gloversville, New York 12078, USA (the "Supplier"). This Contract is on the Buyer's standard terms for equipment purchases, completed for this project.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the MillWatch condition monitoring software, including its analytics engine, dashboards and mobile application, licensed under clause 7.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's mill.
P:1.4 The Supplier shall supply, install and commission the System on the drives, rolls, fans, pumps and gearboxes of the Buyer's two paper machines and the stock preparation line, configure the analytics models and alarm rules for 420 measuring points, integrate the System with the Buyer's maintenance management system, and train the Buyer's staff.
H:2. Price
P:2.1 The total Contract Price is CNY 1,760,000, inclusive of 13% VAT, delivery to the Buyer's site, insurance, installation and all services under this Contract. The Contract Price is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|420|2,350|987,000
TB:2|Industrial wireless gateway with PoE injector|24|8,600|206,400
TB:3|MillWatch software, perpetual licence for 420 points|1|312,000|312,000
TB:|Hardware and Licence Subtotal|||1,505,400
TB:4|Installation and commissioning|1 lot||146,000
TB:5|Configuration of analytics models, alarm rules and interface|1 lot||88,600
TB:6|Training (operators and reliability engineers)|1 lot||20,000
TB:|Total Contract Price|||1,760,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates, freight or any other reason.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 176,000) within twenty days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 968,000) after all Equipment has been installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 616,000) after Final Acceptance under clause 5.
P:3.4 Each payment is due within thirty days after the Buyer receives a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within seventy days after signature and complete installation within thirty days after delivery. Installation shall be carried out during the planned machine shutdowns notified by the Buyer.
P:4.2 The Supplier's personnel shall observe the Buyer's site safety rules, including lock-out procedures and hot-work permits, and shall work only under the supervision of the Buyer's maintenance department.
P:4.3 The Supplier shall deliver with the Equipment a spare stock of twenty sensors and two gateways, included in the Contract Price, and shall supply installation drawings, a point list, operating manuals in Chinese and a training plan at least ten days before installation starts.
H:5. Acceptance
P:5.1 After installation the System shall run for a trial period of forty-five days. Final Acceptance requires that: (a) all 420 measuring points transmit data at the configured interval, with no point silent for more than two consecutive hours; (b) measured vibration values agree with readings taken by the Buyer's calibrated portable analyser on a sample of forty points within the tolerance stated in the technical agreement; (c) alarms for the test faults simulated on six machines are raised and sent to the maintenance management system as work requests; and (d) the battery life forecast for each sensor model is documented and confirmed by the test data.
P:5.2 If all criteria are met, the Buyer shall sign a Final Acceptance certificate within seven working days. Otherwise the Supplier shall remedy the defects at its cost and the trial period shall be repeated for the affected points.
P:5.3 Delivery, installation, use of the System in production or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their documented life, and shall provide Software updates and technical support.
P:6.2 Support levels during the warranty period are:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Loss of monitoring for a paper machine or for the whole System|30 minutes|8 hours
TB:Severity 2|Loss of up to ten measuring points or of one analytics function|2 hours|2 working days
TB:Severity 3|Other faults and questions|1 working day|10 working days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response time, the Supplier shall pay the Buyer CNY 800; for each day by which it exceeds a Severity 2 restoration time, CNY 500. The Buyer may deduct these amounts from any amount due to the Supplier.
P:6.4 The Supplier shall visit the mill at least twice a year during the warranty period to review alarm statistics with the Buyer's reliability engineers, tune alarm thresholds and check battery status.
P:6.5 After the warranty period, the Supplier shall on the Buyer's request provide annual support at 7% of the Hardware and Licence Subtotal (CNY 105,378 per year). This fee is fixed for the two years following the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites for the number of measuring points purchased. Title to the Software remains with the Supplier.
P:7.2 The analytics models, alarm rules, interface programs and reports configured or developed for the Buyer under this Contract, and their source files, belong to the Buyer. The Buyer may use, modify and license them freely, including through other suppliers.
P:7.3 The Supplier shall hold the Buyer harmless from any claim that the System infringes third-party rights.
H:8. Data and Data Security
P:8.1 All measurement data, alarms, machine information and maintenance records collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose, including training of general analytics models, and shall not disclose them to any third party.
P:8.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication, with the Buyer's approval for each session, and shall be logged. No data may be copied outside the Buyer's network.
P:8.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the System or the Buyer's data, take remedial measures and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including machine layouts, production data and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the warranty period.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver the Equipment or complete installation on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted and remove its Equipment at its cost if the Buyer so requests.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.
H:14. General
P:14.1 The technical agreement and the equipment list are annexes to this Contract. This Contract is signed in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:14.2 Notices under this Contract shall be in writing and sent to the project managers named in the technical agreement. A change of project manager shall be notified in writing at least five working days in advance.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES["e04"] = """
# MANAGED SERVICES AGREEMENT

**Agreement No.** KY-IT-MSA-2027-03

**Between** Sichuan Kangyuan Pharmaceutical Distribution Co., Ltd., Chengdu Hi-tech Zone, Sichuan Province, PRC ("Customer")

**and** Oneida Castle IT Services, Inc., 120 Genesee Street, Oneida, New York 13421, USA, acting through its branch office in Chengdu ("Provider").

Customer distributes prescription medicines and medical consumables from a central warehouse in Chengdu and eight regional distribution centres, with about 1,400 staff using desktops, laptops, handheld scanners and printers. Customer wishes to outsource its IT service desk and end-user support to Provider on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives, accesses or generates in providing the Services, including user directory data, tickets, device inventories and any business data on supported devices.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

1.6 "Term" means thirty-six months from the Service Commencement Date.

## Section 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date for the Term in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall provide a dedicated team with the roles and minimum headcount in Schedule 1, including Mandarin-speaking service desk agents and on-site engineers at Customer's central warehouse.

2.3 Provider shall use Customer's IT service management tool for all tickets and shall keep the configuration management database accurate and up to date.

2.4 The parties shall hold a monthly service meeting to review the service report, service credits, open problems and improvement actions, and a quarterly review attended by Customer's head of IT and Provider's account director.

2.5 Customer shall provide Provider's staff with workspace, access to the service management tool and the systems needed for the Services, and shall inform Provider in advance of planned changes to its systems, sites or headcount that may affect the Services.

## Section 3. Transition and Transition Acceptance

3.1 Provider shall complete transition of the Services from Customer's current arrangements within seventy-five days after signature of this Agreement, in accordance with the transition plan agreed in the first two weeks.

3.2 Transition Acceptance requires that: (a) all service desk channels (telephone, e-mail, portal, enterprise WeChat) are live and routed to Provider; (b) knowledge articles exist for the two hundred most frequent request types identified by Customer; (c) the device inventory for all nine sites has been reconciled with Customer's asset register; (d) a parallel run of ten working days has been completed without any Priority 1 ticket breaching its response time; and (e) Provider's staff have passed Customer's GSP and site-safety induction.

3.3 Customer shall sign the Transition Acceptance certificate within five working days after all criteria have been met.

3.4 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## Section 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The total contract value is CNY 3,220,000.

4.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date.

4.3 Customer shall pay each undisputed invoice within thirty days after receipt of a valid fapiao. No advance payment is required.

4.4 The Charges are fixed for the Term. Additional sites or users beyond ten per cent above the baseline in Schedule 1 are charged at the unit rates in Schedule 3.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

5.2 If Provider fails a Service Level, it shall pay the service credits in Schedule 2. Service credits are deducted from the next invoice.

5.3 Provider shall carry out a root cause analysis for every Priority 1 incident and submit it to Customer within three working days.

## Section 6. Customer Data

6.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose.

6.2 At the end of the Term Provider shall return all Customer Data in its possession to Customer.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood to be confidential, including Customer's customer lists, prices, product data and the terms of this Agreement. It shall use such information only for this Agreement and shall not disclose it to third parties without the other party's prior written consent.

7.2 This Section continues for three years after the end of the Term.

## Section 8. Intellectual Property

8.1 Knowledge articles, scripts, runbooks, reports and configurations created by Provider for Customer under this Agreement belong to Customer, which may use, modify and disclose them freely, including to a successor provider.

8.2 Provider's pre-existing tools and methods remain Provider's property. Provider grants Customer a free licence to use any of them embedded in the deliverables above.

## Section 9. Personnel and Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all approved subcontractors.

9.2 Provider shall not replace the service delivery manager without Customer's prior consent.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and wilful misconduct.

10.2 Neither party is liable for loss of profit or indirect loss.

10.3 Provider shall maintain professional liability insurance with a reputable insurer for the Term and provide a certificate of insurance on request.

## Section 11. Term and Ending of the Agreement

11.1 This Agreement starts on signature and continues until the end of the Term. It expires at the end of the Term unless the parties agree in writing to extend it.

11.2 Either party may end this Agreement with immediate effect by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

11.3 Customer acknowledges that the Monthly Service Charge has been calculated on the basis of the full Term, and this Agreement may not be ended early by Customer except under Section 11.2.

11.4 On expiry Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, including handover of knowledge articles, open tickets and the device inventory to Customer or its new provider.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final.

## Section 13. General

13.1 This Agreement with its Schedules is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. If a Schedule conflicts with the Sections, the Sections prevail.

13.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses given by each party. This Agreement is signed in English and Chinese, both versions having equal effect, in two originals.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail, portal and enterprise WeChat; logging, triage, first-line resolution | 7:00-23:00 daily |
| On-site support | Desk-side support at the central warehouse; dispatch to regional centres within the times in Schedule 2 | 8:00-20:00 working days |
| End-user devices | Imaging, deployment, moves, repairs and disposal of desktops, laptops, handheld scanners and printers (about 2,300 devices) | 8:00-20:00 working days |
| Identity administration | Account creation, changes, password resets, access removal on leaver notice | 7:00-23:00 daily |
| Warehouse systems support | First-line support for warehouse management terminals and label printers during shifts | 24x7 |
| Reporting | Monthly service report and quarterly service review | monthly |
| Team | Service delivery manager (1), service desk agents (9), on-site engineers (4) | |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| P1 | Warehouse picking, shipping or order entry stopped at any site | 15 minutes | 2 hours | CNY 1,500 per ticket missing response or resolution |
| P2 | A department or a regional centre partly affected | 30 minutes | 8 hours | CNY 600 per ticket |
| P3 | A single user unable to work | 2 hours | 2 working days | CNY 100 per ticket |
| P4 | Requests and questions | 1 working day | 5 working days | none |

Total service credits in any month are limited to 20% of the Monthly Service Charge for that month.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 124,000 |
| Monthly Service Charge | 86,000 per month x 36 months | 3,096,000 |
| Total contract value | | 3,220,000 |
| Additional user above baseline | per user per month | 55 |
| Exit assistance | per engineer day | 2,400 |

**For Customer**: ____________________ **For Provider**: ____________________
"""

SOURCES["e05"] = """
DATA SUBSCRIPTION AGREEMENT
RAIL AND INTERMODAL SHIPMENT DATA API

Agreement No. STRD-QD-2027-011

This Data Subscription Agreement is entered into on 6 May 2027 by and between:

Qingdao Gangtong Intermodal Logistics Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered address in Huangdao District, Qingdao, Shandong Province ("Customer"); and

Southern Tier Rail Data, Inc., a Delaware corporation with its principal place of business at 40 Canisteo Street, Hornell, New York 14843, USA ("Provider").

BACKGROUND

Customer arranges door-to-door transport of ocean containers from China to inland destinations in North America. Customer wishes to receive rail car and container event data, estimated arrival times and terminal status for its shipments moving on North American railroads, and to feed that data into its own shipment visibility platform through an application programming interface. Provider aggregates such data from railroads, terminals and other sources and makes it available by subscription.

1. DEFINITIONS

1.1 "API" means Provider's REST application programming interface through which the Data is delivered, together with the associated webhooks, documentation and test environment.

1.2 "Data" means the rail and intermodal event data, estimated time of arrival predictions, terminal availability information and reference data delivered through the API.

1.3 "Customer Data" means all container numbers, bills of lading, booking references, consignee details, query logs and other information that Customer submits to the API or that is generated from Customer's use of the API.

1.4 "Subscription Year" means each of the two consecutive periods of the Subscription Term. The first Subscription Year begins on the Production Access Date.

1.5 "Production Access Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.6 "Subscription Term" means the two Subscription Years.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data for tracking Customer's own shipments and for informing Customer's clients about the status of their shipments.

2.2 Customer may display the Data to its clients in its shipment visibility platform and in reports, but shall not resell the Data as a stand-alone data product.

2.3 The subscription covers up to 150,000 tracked containers per Subscription Year and up to 3,000,000 API calls per month. Provider shall notify Customer when eighty per cent of either volume has been reached.

2.4 Provider shall keep the API backward compatible during the Subscription Term. Provider shall announce any change that removes a field or an endpoint at least ninety days in advance and shall keep the old version available for that period.

3. FEES AND PAYMENT

3.1 The fees under this Agreement are:

(a) Subscription fee for Subscription Year 1: CNY 468,000;
(b) Subscription fee for Subscription Year 2: CNY 468,000;
(c) One-time integration and set-up fee: CNY 36,000.

The total fees for the Subscription Term are CNY 972,000, inclusive of VAT.

3.2 The integration and set-up fee is invoiced after Integration Acceptance.

3.3 The subscription fee of each Subscription Year is invoiced in four equal quarterly instalments at the beginning of each quarter of that Subscription Year. No fee is payable before the Production Access Date.

3.4 Invoices are payable within thirty days after Customer receives a valid fapiao issued by Provider's appointed reseller in Shanghai.

3.5 Additional containers above the included volume are charged at CNY 3.20 per container, invoiced quarterly in arrears. These charges are not part of the total fees in clause 3.1.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall provide sandbox access within ten days after signature and shall make the production API available for Integration Acceptance testing no later than forty-five days after signature (the "Target Date").

4.2 Provider shall develop for Customer a connector that maps the Data into Customer's shipment visibility platform, including event code mapping and time-zone conversion.

4.3 Integration Acceptance requires that: (a) for a test set of five hundred containers selected by Customer, events are received for every container in rail transit; (b) event codes are mapped correctly to Customer's event model; (c) event data arrive in Customer's platform within fifteen minutes after the event is published by the source; and (d) webhooks and API calls work under a load test of two hundred calls per second for thirty minutes.

4.4 Customer shall confirm Integration Acceptance in writing within five business days after all criteria have been met. Use of the sandbox or of test data is not acceptance.

4.5 If Provider fails to make the production API available by the Target Date for reasons within its control, Provider shall pay Customer delay damages of 0.02% of the total fees for each day of delay.

5. SERVICE LEVELS AND SUPPORT

5.1 Provider shall make the production API available at least 99.95% of the time in each calendar month, excluding maintenance announced at least three business days in advance.

5.2 Provider shall respond to Priority 1 incidents (API unavailable or Data not updated for more than two hours for all shipments) within one hour, at any time of the day, and shall work continuously to restore service. Priority 2 incidents (delayed or incomplete Data for part of the shipments) shall be responded to within three business hours. Priority 3 incidents shall be responded to within two business days.

5.3 Provider shall publish a monthly service report showing availability, incidents and Data latency.

5.4 The service levels in this clause 5 are commitments of performance only. A failure to meet them does not entitle Customer to service credits, fee reductions or any other compensation.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the API and the Data to Customer under this Agreement and for no other purpose.

6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access controls based on least privilege, logging of administrative access and regular vulnerability testing. Customer Data shall be stored on servers located in mainland China operated by Provider's licensed hosting partner, and shall not be transferred abroad except the container numbers needed to query source systems, which Customer hereby authorises.

6.3 Provider shall notify Customer within eight hours after becoming aware of any unauthorised access to, loss of or leak of Customer Data, shall take immediate remedial measures, shall assist Customer with any report to the authorities and shall compensate Customer for losses caused by its failure to comply with this clause 6.

6.4 At the end of the Subscription Term, Provider shall delete all Customer Data within thirty days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider and its data sources retain all rights in the API and the Data. Customer receives only the rights granted in clause 2.

7.2 The connector, mapping tables and configuration developed for Customer under clause 4.2, including their source code, belong to Customer. Customer may use, modify and license them without restriction.

8. SUBCONTRACTING

8.1 Provider shall not subcontract the provision of the API, the hosting of Customer Data or the development under clause 4.2 to any third party without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9. TERM, RENEWAL AND TERMINATION

9.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.

9.3 On termination by Customer under clause 9.2, Provider shall refund any fees paid for the period after termination.

10. WARRANTIES

10.1 Provider warrants that it has the right to grant the licence in clause 2 and that the Data is collected from the sources described in the documentation in compliance with applicable law.

10.2 Estimated arrival times are predictions. Provider does not warrant that any prediction will be accurate, but shall apply the methods described in the documentation.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitral award is final and binding upon both parties.

12. MISCELLANEOUS

12.1 This Agreement constitutes the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

12.2 Neither party may assign this Agreement without the prior written consent of the other party, except to a successor of its whole business.

12.3 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt. Each party shall name a contract manager for day-to-day communication.

12.4 This Agreement is executed in English in two originals, one for each party.

CUSTOMER: Qingdao Gangtong Intermodal Logistics Co., Ltd.
Signature: ____________________  Date: ______________

PROVIDER: Southern Tier Rail Data, Inc.
Signature: ____________________  Date: ______________
"""

# ---------------------------------------------------------------- labels, derived rules, checks
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def tco_share(d):
    """policy §4: horizon 5 years from acceptance, fee base = itemised licence / hardware subtotal."""
    t = d["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["extra"]["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * d["fee_base"] * t["post_warranty_fee_pct"] / 100
    return fees / (d["value"] + fees) * 100


def derive(d):
    t, x = d["terms"], d["extra"]
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUM = r"(?<![\d.,])"
BAD = [
    NUM + r"99\.90*(?!\d)", r"九十九点九(?![〇零一二三四五六七八九])",
    NUM + r"4\s*(?:-\s*)?(?:小时|个小时|h\b|hours?\b|hrs?\b|business\s*hours?)", r"(?<![十\d])四个?小时",
    r"\bfour[\s-]*(?:business\s*)?hours?\b",
    NUM + r"0?\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?!十)", r"千分之零点五",
    NUM + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百",
    NUM + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*(?:%|per\s*cent|percent)",
    NUM + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*(?:%|per\s*cent|percent)",
    NUM + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen\s*(?:%|per\s*cent|percent)",
    NUM + r"12\s*(?:-\s*)?(?:个月|months?\b|个自然月)", r"(?<!二)十二个月", r"\btwelve\b",
    r"(?<![第每\d])[一1]\s*年(?!度)", r"\bone[\s-]*years?\b", r"\b1[\s-]*years?\b",
    NUM + r"5\s*(?:-\s*)?(?:年|years?\b)", r"(?<![十二三四六七八九])五年", r"\bfive[\s-]*years?\b", NUM + r"60\s*(?:个月|months?\b)",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "4-hour", "四小时", "four hours", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "40%", "百分之四十", "15%", "15 %", "百分之十五",
            "12个月", "12 months", "12-month", "十二个月", "twelve", "一年", "1 year", "one year", "5年", "五年",
            "5 years", "five-year", "60个月", "60 months"]
MUST_MISS = ["99.95%", "99.99", "24小时", "24 hours", "二十四小时", "14 hours", "0.08%", "万分之八", "130%", "150%",
             "230%", "1.5%", "0.15%", "115%", "140%", "24个月", "18 months", "第一年", "每年", "一年度", "服务年度",
             "35年", "15 years", "25年", "二十五年", "百分之三十五", "36 months"]


def self_test():
    for s in MUST_HIT:
        assert any(p.search(s) for p in BAD_RE), "regex misses " + s
    for s in MUST_MISS:
        hits = [p.pattern for p in BAD_RE if p.search(s)]
        assert not hits, (s, hits)


def scan(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in BAD_RE:
            for m in p.finditer(variant):
                found.append((p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return found


def label(key, d):
    t = d["terms"]
    assert list(t) == KEYS, key
    extra = {"sla_clause": d["extra"]["sla_clause"], "ld_stated": d["extra"]["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["extra"]["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = d["extra"]["acceptance_deemed_on_delivery"]
    extra["contract_value"] = d["value"]
    return {"file": d["file"], "language": d["lang"], "category": d["category"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(d["design"])}


def main():
    self_test()
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: SOURCES[k] for k, (n, kd) in TARGETS.items() if kd in ("docx", "pdf")},
          {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, d in LABELS.items():
        d["file"] = TARGETS[key][0]
        for k, th in THRESH.items():
            v = d["terms"][k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        # price sums
        assert sum(d["items"]) == d["value"], (key, sum(d["items"]), d["value"])
        rules = derive(d)
        if rules != sorted(d["design"]):
            problems.append((key, "derived", rules, "design", sorted(d["design"])))
        covered |= set(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        if risk != d["risk"]:
            problems.append((key, "risk", risk, d["risk"]))
        s = tco_share(d)
        if s is not None:
            assert abs(s - 40) > 2, (key, s)
        text = read_back(OUT / d["file"])
        if d["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%-55s %-6s len=%5d %s  tco=%s  rules=%s" % (d["file"], risk, n, "ok" if ok else "OUT OF RANGE",
                                                            None if s is None else round(s, 2), ",".join(r[3:] for r in rules) or "-"))
        if not ok:
            problems.append((key, "length", n))
        for hit in scan(text):
            problems.append((key, "threshold text", hit))
        with open(OUT / (Path(d["file"]).stem + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(label(key, d), ensure_ascii=False, indent=1))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")

# ---------------------------------------------------------------- targets and design labels
TARGETS = {
    "z01": ("h998z01_eco_bureau_carbon_footprint_platform.pdf", "pdf"),
    "z02": ("h998z02_heated_coaster_line_control_retrofit.docx", "docx"),
    "z03": ("h998z03_3x3_basketball_booking_saas.txt", "txt"),
    "z04": ("h998z04_interchange_bridge_monitoring_om_service.txt", "txt"),
    "z05": ("h998z05_tin_foil_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h998e01_metrology_software_perpetual_licence_ny_vendor.pdf", "pdf"),
    "e02": ("h998e02_trade_screening_saas_order_form.md", "md"),
    "e03": ("h998e03_paper_mill_vibration_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h998e04_managed_service_desk_36_months.md", "md"),
    "e05": ("h998e05_rail_shipment_data_api_subscription.txt", "txt"),
}


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
                           kind]))


def X(sla=True, ld=True, capped=None, deemed=False):
    return {"sla_clause": sla, "ld_stated": ld, "post_warranty_fee_capped": capped, "acceptance_deemed_on_delivery": deemed}


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": dict(lang="zh", category="software", value=2316000, items=[1280000, 760000, 180000, 96000], fee_base=1280000,
                forum_outside=False, risk="low", design=[],
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                        False, "PRC", G), extra=X(capped=True)),
    "z02": dict(lang="zh", category="hardware", value=1460000, items=[1140000, 168000, 132000, 20000], fee_base=1140000,
                forum_outside=False, risk="high", design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
                terms=T(None, 1, True, "buyer", True, True, True, 0.02, 150, 20, True, True, 18, 32, False, True,
                        False, "PRC", G), extra=X(capped=True)),
    "z03": dict(lang="zh", category="cloud", value=654000, items=[288000, 288000, 78000], fee_base=None,
                forum_outside=False, risk="medium", design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
                terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True,
                        False, "PRC", S), extra=X()),
    "z04": dict(lang="zh", category="services", value=1086000, items=[412000, 286000, 228000, 160000], fee_base=None,
                forum_outside=False, risk="medium", design=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
                terms=T(None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                        True, True, "PRC", S), extra=X()),
    "z05": dict(lang="zh", category="software", value=286000, items=[168000, 96000, 22000], fee_base=168000,
                forum_outside=False, risk="high",
                design=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-MISSING",
                        "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE"],
                terms=T(None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None, False,
                        True, None, "PRC", G), extra=X(sla=False, ld=False, capped=False, deemed=True)),
    "e01": dict(lang="en", category="software", value=1620000, items=[1260000, 318000, 42000], fee_base=1260000,
                forum_outside=True, risk="low", design=["CR-GOVERNING-LAW"],
                terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                        False, "New York", G), extra=X(capped=True)),
    "e02": dict(lang="en", category="cloud", value=850000, items=[396000, 396000, 58000], fee_base=None,
                forum_outside=False, risk="medium", design=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 600 / 850000 * 100, 6 / 24 * 100, None, True, None,
                        None, None, True, True, True, "PRC", S), extra=X()),
    "e03": dict(lang="en", category="hardware", value=1760000, items=[987000, 206400, 312000, 146000, 88600, 20000],
                fee_base=1505400, forum_outside=False, risk="low", design=[],
                terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                        False, "PRC", G), extra=X(capped=True)),
    "e04": dict(lang="en", category="services", value=3220000, items=[86000 * 36, 124000], fee_base=None,
                forum_outside=False, risk="high", design=["CR-DATA-SECURITY", "CR-TERMINATION"],
                terms=T(None, 0.25, True, "buyer", False, True, True, 2000 / 3220000 * 100, 150, None, True, None, None,
                        None, False, False, False, "PRC", S), extra=X()),
    "e05": dict(lang="en", category="cloud", value=972000, items=[468000, 468000, 36000], fee_base=None,
                forum_outside=False, risk="medium", design=["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SLA-NO-REMEDY"],
                terms=T(99.95, 1, False, "buyer", True, True, False, 0.02, None, None, True, None, None, None, False,
                        True, False, "PRC", S), extra=X()),
}


if __name__ == "__main__":
    main()
