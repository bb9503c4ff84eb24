"""holdout1103: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks
lengths, thresholds, rules and coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:江屿市财政局非税收入管理平台软件许可及定制开发合同
P:合同编号：JYCZ-2026-CG-0817　采购方式：公开招标
P:甲方（采购人）：江屿市财政局
P:乙方（供应商）：杭州衡账信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就江屿市非税收入管理平台软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“衡账非税收入管理平台”软件V5.3永久使用许可（不限用户数，部署于甲方政务云），并完成执收单位开票、缴款、清分、对账、退付及统计分析等模块的部署。
P:1.2 乙方按甲方需求进行定制开发，包括：与财政预算管理一体化系统的接口、与六家代收银行的缴款及对账接口、与省级财政电子票据平台的接口、执收单位综合查询报表及领导驾驶舱。
P:1.3 乙方负责历史数据迁移（自2019年起的缴款书及票据数据）、系统上线、用户培训及验收配合工作。
P:1.4 乙方应按照非税收入收缴电子化管理的相关规范及省级财政部门的技术标准实施本项目，确保平台与省级非税收入收缴系统的数据格式、编码规则保持一致。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾柒万元整（¥1,970,000），其中：平台软件许可费1,180,000元；定制开发费646,000元；实施部署及数据迁移费118,000元；培训费26,000元。
P:2.2 上述价款为固定总价，包含软件、开发、部署、差旅、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
P:2.3 合同价款在合同履行期间不因市场价格、人工成本或汇率变化而调整。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即394,000元。
P:3.2 系统通过初步验收后，甲方支付合同总价的50%，即985,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即492,500元。
P:3.4 合同总价的5%（98,500元）作为质量保证金，质保期满且无质量争议后一次性无息支付。
P:3.5 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延误不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成全部定制开发、部署及数据迁移，并提出初步验收申请。
P:4.2 乙方应在进场后十日内提交项目实施方案，经甲方确认后执行；乙方项目经理未经甲方书面同意不得更换。
P:4.3 乙方应每两周向甲方提交书面进度报告，说明已完成工作、存在问题及下阶段计划；涉及执收单位的系统切换，应提前五个工作日报甲方审定切换方案和回退方案。
P:4.4 甲方负责提供政务云资源、网络环境，协调相关部门和代收银行，并指定专人配合乙方工作。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能需求清单逐项实现；（2）迁移数据经全量比对，缴款书金额、票据号码与原系统一致；（3）六家代收银行接口连续十个工作日对账无差错；（4）在500个并发用户下，常用查询响应时间不超过3秒；（5）通过第三方机构的网络安全测评和商用密码应用安全性评估。
P:5.2 初步验收合格后系统试运行六十日，试运行期间未发生一级故障且遗留问题全部闭环的，由甲方组织最终验收并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格；验收以甲方签署的书面验收报告为准。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次系统巡检。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）；一级故障（平台无法开票或缴款）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日内解决；一般问题在三个工作日内答复。
P:6.3 乙方未达到6.2约定的，每超时一小时扣减服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，相关款项从质量保证金或后续应付款项中扣除。
P:6.4 质保期满后，如甲方继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即不超过106,200元/年），且在质保期满后两年内不上调。维护合同另行签订，期满不自动续期。
P:6.5 乙方应为甲方及执收单位操作人员提供不少于三期集中培训，并编制操作手册、运维手册和常见问题解答，培训效果以甲方组织的上机考核为准。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，甲方在许可范围内永久使用。
P:7.2 为本项目定制开发的接口程序、报表、驾驶舱及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时移交完整源代码及编译说明。
P:7.3 乙方保证所提供的软件及服务不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的缴款人信息、缴款书、票据及全部业务数据均属于甲方，乙方仅可为履行本合同在甲方授权范围内处理，不得用于其他任何目的，不得留存或复制。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方堡垒机进行运维操作，对敏感字段加密存储，全部操作留存日志备查。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密及工作秘密负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成的，每逾期一日按合同总价的千分之一支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，应免费整改，并赔偿甲方因此遭受的损失。
P:10.3 乙方违反第八条约定造成数据泄露的，除承担赔偿责任外，甲方有权解除本合同，并将有关情况报告主管部门。
H:第十一条 分包与转包
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同，互不承担违约责任，但应及时通知对方并提供相关证明。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：江屿市财政局　　乙方（盖章）：杭州衡账信息技术有限公司
"""

SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：RG-JS-2026-031
P:甲方：永康市锐光电动抛光机厂
P:乙方：宁波智衡自动化科技有限公司
P:甲方为提升抛光机装配线及测试线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）对甲方一号至六号生产线（转子装配线四条、整机测试线两条）的电气控制系统进行改造，更换PLC控制柜、伺服驱动系统及操作终端，保留原有机械结构及输送线。
P:（二）部署产线监控软件，实现设备状态采集、产量及节拍统计、质量数据追溯、异常报警和电子看板功能，并与甲方现有ERP系统对接工单和物料数据。
P:（三）完成PLC及人机界面程序编写、现场安装调试、联调试产及操作维护培训。
P:（四）乙方负责拆除旧控制柜并按甲方要求分类堆放，拆除的旧设备归甲方所有。
P:（五）改造期间，乙方应采取临时措施保证未改造生产线的正常生产，不得影响甲方对外交货。
H:二、设备、软件及价格
P:合同总价为人民币1,950,000元（含增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体及配电）|6套|138,000|828,000
TB:2|伺服驱动系统改造（驱动器、电机及编码器电缆）|6套|64,000|384,000
TB:3|触摸屏操作终端|12台|8,500|102,000
TB:4|产线监控软件许可（永久，六条线）|1套|286,000|286,000
TB:|软硬件小计|||1,600,000
TB:5|安装调试（含拆除旧柜、布线）|1项|186,000|186,000
TB:6|PLC/HMI编程及ERP对接联调|1项|142,000|142,000
TB:7|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||1,950,000
P:上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内的服务费用，甲方不另行支付。设备品牌及型号以技术协议附件为准，未经甲方同意不得替换。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%，即390,000元，作为预付款。
P:（二）设备到货并安装完毕，经双方签署到货安装确认单后，甲方支付合同总价的55%，即1,072,500元。到货安装确认单仅确认数量及外观，不代表质量验收。
P:（三）系统通过最终验收后十五日内，甲方支付合同总价的25%，即487,500元。
P:（四）乙方应在每期付款前开具等额增值税专用发票。甲方有权从应付款项中直接扣除乙方应付的违约金及赔偿款。
H:四、工期
P:（一）乙方应在合同签订后七十五日内完成全部设备到货，并利用甲方安排的停产窗口分批完成改造，每条生产线停产改造时间不超过五日。
P:（二）全部六条生产线应在合同签订后一百二十日内具备最终验收条件。因甲方原因推迟停产窗口的，工期相应顺延。
P:（三）乙方应指定一名驻场项目经理，负责现场施工组织、安全管理及与甲方生产部门的协调。
P:（四）乙方施工应遵守甲方安全生产管理制度，进入车间人员须接受安全培训并佩戴防护用品；动火、登高及带电作业须事先办理作业许可。
H:五、验收
P:（一）验收标准：1. 各生产线按改造前节拍连续满负荷运行七十二小时，无控制系统原因的停机；2. 伺服定位重复精度达到技术协议约定值；3. 监控软件采集的产量数据与人工盘点一致，报警事件记录完整；4. ERP工单下达及报工数据往返无差错；5. 急停、安全光幕等安全回路全部测试通过；6. 电子看板数据刷新间隔不超过五秒。
P:（二）满足上述标准并连续试生产二十日后，甲方组织最终验收，签署书面验收报告。设备投入生产使用不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改完毕并重新验收，由此产生的费用由乙方承担。
P:（四）乙方应在最终验收前向甲方移交全套竣工资料，包括电气原理图、接线图、PLC及HMI程序备份、参数清单、设备说明书及合格证。
H:六、质保及售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件本身质量问题产生的维修、更换及程序修改，乙方免费负责。
P:（二）故障响应：生产线因控制系统故障停机的（一级故障），乙方应在1小时内响应，3小时内派工程师到场，8小时内恢复生产；其他故障2小时内响应，48小时内处理完毕。
P:（三）乙方未按前款时限响应或到场的，每超时一小时向甲方支付500元。
P:（四）质保期满后，乙方提供年度维保服务，包括每季度一次预防性巡检、易损备件更换、软件升级及远程诊断。年度维保费为人民币448,000元（为软硬件小计的28%），维保期内每年按此金额执行，不作上调；甲方可逐年选择是否续签。
P:（五）质保期内，乙方应在甲方厂区存放常用备件（伺服驱动器、I/O模块各两件），备件使用后七日内补齐。乙方应建立设备维护档案，每次服务后提交服务报告，由甲方设备科签字确认。
H:七、知识产权
P:（一）监控软件的著作权归原权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、人机界面程序、ERP接口程序及其源程序、电气图纸，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:（三）乙方应在验收时向甲方交付全部源程序的电子版本，并对甲方技术人员进行程序结构讲解。
H:八、数据安全及保密
P:（一）生产线运行数据、工艺参数、质量记录及ERP数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方批准并通过甲方指定的VPN及账号进行，乙方应采取防病毒、访问控制等安全措施，不得擅自拷贝数据；发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方，因乙方原因造成损失的，由乙方赔偿。
P:（三）双方对本合同内容及履行中知悉的对方技术信息和商业秘密负保密义务，保密期限至合同终止后三年。
P:（四）乙方人员离场时应删除其设备中存储的甲方程序及数据，并签署数据删除确认书。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）因乙方施工造成甲方设备损坏或人员伤害的，由乙方负责赔偿。
P:（四）乙方逾期超过十五日的，甲方可以委托第三方继续完成改造，所发生的额外费用由乙方承担。违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:十、分包
P:乙方不得转包本合同。控制柜柜体加工如需委托第三方，须事先取得甲方书面同意，乙方对分包部分承担全部责任。乙方使用的劳务人员由乙方统一管理，乙方对其行为承担责任。
H:十一、合同解除
P:乙方逾期超过四十五日，或交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。因不可抗力致使合同无法履行的，双方均可解除合同，互不承担违约责任。
H:十二、适用法律和争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交金华仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。本合同未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

SRC["z03"] = """佩拉意大利语门店预约排课及会员管理SaaS服务合同

合同编号：PL-IT-2026-009
甲方：上海佩拉意语教育科技有限公司
乙方：杭州约课云信息技术有限公司

鉴于甲方在全国经营四十家“佩拉意大利语”培训门店，需要统一的课程预约、排课及会员管理系统，乙方是相关软件即服务（SaaS）的提供者，双方经协商一致，就乙方向甲方提供订阅及实施服务事宜订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供“约课云”教育机构版SaaS服务，包括：课程及班级管理、学员预约与排课、教师课表、会员卡及课时包管理、线上支付及退费、门店经营报表、学员微信小程序。
2. 订阅范围为甲方四十家门店，每家门店包含五个管理员账号及不限数量的教师账号和学员账号。
3. 服务期内乙方对平台进行的功能更新和版本升级，甲方免费使用。
（二）实施服务
1. 乙方负责系统初始化配置，包括四十家门店、课程体系（A1至C2级别）、价格体系及会员规则的配置。
2. 乙方负责将甲方现有系统中约2.6万名学员的档案、剩余课时及会员余额迁移至新系统。
3. 乙方为甲方配置品牌小程序，完成与甲方微信支付商户号及财务系统的对接。
4. 乙方为门店店长及前台人员提供线上培训，并为总部运营人员提供两次现场培训。
（三）乙方为甲方指定一名客户成功经理，负责需求对接、培训安排及服务报告；乙方更换客户成功经理的，应提前十日通知甲方。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，至次年同日的前一日止；第二个服务年度紧随其后。
（二）服务期满前三十日内任何一方未书面提出异议的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权根据其产品价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的8%，甲方应按调整后的价格支付。

三、费用及支付
（一）订阅费：每家门店每个服务年度9,600元，四十家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
（二）实施费：一次性86,000元。
（三）合同总价为人民币854,000元（含税），包括订阅费和实施费。
（四）支付方式：
1. 实施费于系统上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费于该服务年度开始之日起十五个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
（五）服务期内甲方门店数量增加的，新增门店按每家每个服务年度9,600元、以实际服务月数折算收费；门店关闭的，自下一服务年度起相应减少。
（六）除本合同约定的费用外，乙方不得以任何名义另行向甲方或学员收取费用。

四、上线及验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 合同约定的功能全部可用；
2. 迁移的学员档案、剩余课时及会员余额与甲方原系统逐条核对一致，差错为零；
3. 在甲方四十家门店同时开课的高峰时段，预约及签到操作响应时间不超过2秒；
4. 小程序支付、退款及对账测试全部通过；
5. 门店试运行十日内未发生一级故障。
（三）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。系统试运行或门店开始使用均不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新申请验收；因整改导致上线延期的，按第九条承担违约责任。

五、服务水平
（一）乙方保证SaaS服务的月度可用率不低于99.5%。乙方提前48小时通知、在每日零点至六点之间进行的计划维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、签到或支付）：30分钟内响应，2小时内恢复；
2. 二级故障（单项功能异常）：2小时内响应，1个工作日内解决；
3. 三级问题（使用咨询、显示问题）：3个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方减免按月折算订阅费的2%，每月最高减免按月折算订阅费的一半；一级故障超时恢复的，每超时一小时减免按月折算订阅费的1%。减免金额在下一期订阅费中抵扣。
（四）乙方应每月向甲方提供服务报告，列明可用率、故障及处理情况。
（五）乙方进行可能影响门店营业的版本升级，应提前五个工作日通知甲方，并避开周末及节假日的上课高峰时段。

六、知识产权
（一）约课云平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门设计开发的小程序页面、品牌素材、报表模板及接口配置，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

七、数据归属与数据安全
（一）甲方及学员在平台中产生的学员信息、课程记录、交易数据等全部数据归甲方所有。乙方仅为提供本合同项下服务处理该等数据，不得用于其他用途，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，对学员个人信息加密存储，实施访问控制及操作审计，每日备份并保留三十日。乙方承诺其平台已通过网络安全等级保护三级测评并持续保持。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并配合甲方履行个人信息保护方面的通知义务；因乙方原因导致的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后彻底删除，出具删除证明。
（五）未经甲方书面同意，乙方不得将学员个人信息传输至境外，不得以任何形式向学员推送与甲方无关的营销信息。

八、保密
双方对本合同内容及履行中获知的对方经营信息、学员信息及技术资料负保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内继续有效。乙方应要求接触甲方数据的员工签署保密承诺书。

九、违约责任
（一）乙方未在约定期限内完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方对甲方的赔偿责任总额以合同总价的150%为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。

十、转包与分包
乙方不得将本合同项下服务转包或分包。乙方变更其使用的云服务提供商的，须事先征得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未履行服务期对应的已付费用。
（二）连续三个月月度可用率低于承诺值的，甲方可以书面通知解除本合同。
（三）合同终止或解除的，乙方应配合甲方将数据迁移至新系统，过渡期内保持服务正常运行，过渡期不超过六十日，费用按日折算。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括功能清单、实施计划及服务水平说明，附件与本合同具有同等效力。本合同未尽事宜，双方协商签订补充协议。

甲方（盖章）：上海佩拉意语教育科技有限公司
乙方（盖章）：杭州约课云信息技术有限公司
"""

SRC["z04"] = """澧川县渡口安全监控系统2027年度运维服务合同

项目编号：LCJT-CS-2026-14（竞争性磋商）
甲方（采购人）：澧川县交通运输局
乙方（成交供应商）：湖南江安智能科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就澧川县渡口安全监控系统年度运维服务订立本合同，以保障全县渡口运行安全和群众出行安全。

第一章 服务范围

第一条 运维对象为甲方已建成的渡口安全监控系统，包括：全县二十三处渡口的高清视频监控点位一百一十四个、渡船AIS定位终端四十六台、水位及风速监测站十二个、渡口广播及电子显示屏、县级监控中心平台软件、存储服务器及传输网络。设备清单见附件一。

第二条 服务内容包括：监控平台日常巡检、前端设备定期巡检及清洁、故障维修及备件更换、汛期专项保障、平台软件维护及数据备份、系统运行月报及年度总结。具体包括：（一）每日检查平台运行状态、存储空间及录像完整性；（二）定期清洁摄像机防护罩、校准云台预置位；（三）检查AIS终端供电、天线及数据上传情况；（四）检查水位计、风速仪的测量准确性，每半年与人工观测数据比对一次；（五）维护渡口广播及电子显示屏，确保预警信息及时发布；（六）对平台软件进行补丁更新、漏洞修复及数据库维护；（七）每周对平台配置及重要数据进行备份；（八）每年汛期前完成一次全系统健康检查，出具检查报告及整改建议。

第三条 乙方应配备不少于六名专职运维人员，其中驻县级监控中心两名。项目负责人须具备相应资质，人员名单报甲方备案，更换人员须经甲方同意。运维人员应熟悉渡口安全管理要求，登船作业时须穿着救生衣，并遵守渡口管理规定。乙方应设立运维服务台，提供全天候服务电话，受理甲方及渡口管理员的报障。乙方应于合同签订后十日内进场，完成与上一运维单位的交接，交接内容包括设备台账、账号口令及遗留问题清单。

第二章 服务期限及费用

第四条 服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，如需继续服务，由甲方依法另行组织采购。

第五条 年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），包括人工、交通、工具、单价二千元以下的备件及税费等全部费用。除本合同另有约定外，甲方不再支付其他费用。本合同价款在服务期内固定不变。

第六条 服务费按季度支付：每季度末经甲方对当季服务考核合格后十五个工作日内，甲方支付当季服务费121,500元。考核不合格的，乙方应在十日内整改，整改完成后甲方支付当季服务费。首季度服务费在乙方完成设备普查并提交设备台账后支付。乙方应在每次收款前开具合法有效的发票。

第三章 服务要求

第七条 巡检要求：县级平台每日巡检一次；前端视频及监测设备每月巡检一次，汛期每半月巡检一次；AIS终端每季度现场检查一次。巡检记录应经渡口管理员签字。遇大风、暴雨、洪水等恶劣天气预警时，乙方应在预警发布后增加一次全面巡检，重点检查水位监测和视频点位，并将巡检结果报送甲方值班室。

第八条 故障分级及响应：
（一）一级故障：县级监控平台瘫痪、三处以上渡口视频中断，或汛期水位监测数据中断。乙方应在6小时内响应并派员到场，24小时内恢复。
（二）二级故障：单个渡口视频或监测设备故障。乙方应在12小时内到场，48小时内修复。
（三）三级故障：画面质量下降、显示屏局部故障等，乙方应在三个工作日内处理。
（四）故障处理完毕后，乙方应在二日内提交故障处理报告，说明故障原因、处理过程及预防措施。

第九条 乙方未达到第八条要求的，应向甲方作出书面说明并限期整改，甲方将有关情况记入季度考核记录。

第十条 汛期及重大节假日期间，乙方应安排人员在县级监控中心全天值守，并按甲方要求参加防汛应急演练，汛期每日向甲方报送系统运行日报。乙方应配合甲方做好海事、应急等部门的检查工作，按要求提供系统运行数据。

第十一条 单价二千元以上的备件，由乙方报价经甲方确认后另行结算；更换下来的旧件交甲方处理。乙方应建立备件库，常用备件（摄像机、光端机、电源模块）应有适量储备，保证故障时能及时更换。

第四章 考核与验收

第十二条 甲方按季度对乙方服务进行考核，考核内容包括巡检记录完整情况、故障处理及时情况、设备运行情况及运维报告质量，具体评分标准见磋商文件附件。季度考核得分低于八十分的为不合格。考核结果作为甲方今后采购的参考。

第十三条 服务期满后，乙方应提交年度运维总结、设备台账及全部运维记录，甲方在收到年度总结后十五个工作日内组织年度验收，以甲方出具的书面验收意见为准。年度验收内容包括：设备台账与实物一致；全年巡检记录完整；全部故障均已闭环；平台数据备份完整可恢复；运维文档齐全。运维过程中形成的巡检记录、运维报告、系统配置文档及乙方为本项目编写的脚本，归甲方所有。

第五章 数据安全与保密

第十四条 监控视频、AIS轨迹、水文监测数据及平台全部数据属于甲方，乙方不得复制、留存或用于运维以外的任何目的，不得利用平台数据从事任何商业活动。服务期满或合同解除时，乙方应将全部账号、口令及技术资料移交甲方。

第十五条 乙方运维人员应通过甲方分配的专用账号登录平台，不得私设账号或远程通道。乙方应落实网络安全等级保护要求，发生数据泄露、系统被入侵等事件的，应在1小时内报告甲方并采取处置措施，因乙方原因造成的损失由乙方承担。乙方应定期开展安全检查，及时修补平台漏洞，对运维终端安装防病毒软件，严禁使用外部移动存储设备接入平台网络。

第十六条 乙方对履行本合同中知悉的渡口布防、系统口令及其他非公开信息负有保密义务，合同终止后仍须遵守。乙方应与运维人员签订保密承诺书。

第六章 委托实施

第十七条 乙方可将偏远渡口前端设备的日常巡检委托当地具备相应能力的单位实施，但应在实施前五个工作日书面告知甲方，乙方对受托单位的工作质量负责。受托单位人员进入渡口作业，应遵守本合同关于安全和保密的约定。

第七章 违约责任与合同解除

第十八条 乙方未按合同约定时间进场开展服务的，每逾期一日按年度服务费的千分之二支付违约金；逾期超过十五日的，甲方有权解除合同。

第十九条 因乙方原因导致设备损坏或数据丢失的，乙方应负责修复并赔偿损失。乙方人员在作业中造成第三方人身或财产损害的，由乙方负责处理并承担责任。乙方应为运维人员购买意外伤害保险。

第二十条 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算服务费。因不可抗力导致合同无法履行的，双方均可解除合同，互不承担违约责任。

第八章 其他

第二十一条 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第二十二条 磋商文件、响应文件、成交通知书及乙方服务承诺为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。本合同未尽事宜，双方协商签订补充协议。

甲方（盖章）：澧川县交通运输局
乙方（盖章）：湖南江安智能科技有限公司
"""

SRC["z05"] = """# 匠迹工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：JJ-2026-0412

甲方：杭州松风斋古琴工作室
乙方：苏州匠迹软件有限公司

甲方因斫琴生产管理需要，向乙方购买“匠迹工序追踪系统”软件使用许可，并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件使用许可，授权甲方十个用户账号在甲方工作室内使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：古琴斫制工序卡片（选材、开面、挖槽、合琴、裱布、上灰胎、髹漆、推光、上弦等）、漆层阴干时间及温湿度记录、每张琴的唯一编码及二维码扫码追溯、琴材来源档案、成品琴证书打印模板，以及各工位的工时统计报表。

1.3 乙方负责软件安装、基础数据初始化及操作培训。培训内容包括工序卡片录入、扫码追溯、证书打印及数据导出，培训对象不超过五人。

1.4 甲方自备服务器（或个人电脑）、扫码枪、标签打印机及网络环境，硬件配置要求见附件二。乙方对甲方自备硬件的性能和稳定性不承担责任。

1.5 定制开发的具体功能以双方确认的需求说明书为准，需求说明书未列明的功能不属于本合同范围。

1.6 本合同项下软件许可为永久许可，但仅限于甲方在本合同签订时的经营场所使用；甲方迁址的，应书面通知乙方。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统软件许可（10用户，永久） | 68,000 |
| 2 | 定制开发 | 94,000 |
| 3 | 安装实施及培训 | 12,000 |
|  | 合计 | 174,000 |

合同总价为人民币壹拾柒万肆仟元整（¥174,000）。上述价款含税，不含甲方自备硬件费用及现场服务差旅费用。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即113,100元。

3.2 软件安装完成之日起七个工作日内，甲方支付剩余35%，即60,900元。

3.3 甲方逾期付款的，乙方有权暂停开发及服务，由此造成的工期延误由甲方负责。

3.4 乙方收到款项后开具增值税普通发票；甲方需开具专用发票的，应提前告知乙方。

3.5 甲方支付的款项，在任何情况下均不予退还，但本合同另有约定的除外。

## 第四条 交付

4.1 乙方预计在收到首付款后六十个工作日内完成定制开发并安装。因需求变更、甲方配合不及时或其他非乙方原因导致延期的，交付时间相应顺延。

4.2 乙方不承担因交付延期产生的任何违约金或赔偿责任。

4.3 甲方应在乙方开发期间指定一名联系人，及时提供工序流程说明、表单样式及历史资料，并在乙方提交原型后三个工作日内确认，逾期未确认的视为确认。

4.4 乙方可通过远程方式完成软件安装，甲方应提供必要的远程访问条件。

4.5 乙方交付的内容包括：安装程序、用户手册电子版及初始化数据。乙方不向甲方交付源代码。

## 第五条 验收

5.1 软件安装完成，即视为甲方验收合格。

5.2 甲方在安装完成后提出的功能调整需求，作为新需求另行协商和收费。

5.3 验收合格后，甲方发现软件存在缺陷的，按第六条在免费维护期内处理。

5.4 甲方对软件功能有异议的，应在安装完成后三日内书面提出，逾期视为无异议。

## 第六条 技术支持与维护

6.1 自软件安装完成之日起六个月为免费维护期，乙方通过电话、微信及远程方式提供技术支持，在合理时间内答复甲方问题。免费维护期内，乙方负责修复软件缺陷，但不包括因甲方操作不当、自行修改数据、病毒或硬件故障引起的问题。

6.2 免费维护期满后，甲方如需继续获得技术支持及升级服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的价目表收取。

6.3 现场服务按乙方差旅标准另行收费。

6.4 甲方未签订年度维护协议的，乙方不再提供软件升级，已安装的软件可继续使用。乙方每年发布的新版本，甲方可在签订年度维护协议后升级。

6.5 乙方的技术支持服务时间为工作日九点至十八点，节假日不提供服务。

## 第七条 知识产权

7.1 本合同项下软件（包括标准版软件及为甲方定制开发的全部功能模块、工序模板、证书模板及其源代码）的知识产权均归乙方所有。

7.2 甲方仅获得在本工作室内使用软件的非独占、不可转让的许可，不得对软件进行修改、反向工程或交由第三方使用。乙方有权将定制开发成果用于其他客户。

7.3 甲方提供的琴谱、图片、工作室标识等资料的权利归甲方所有，乙方仅为本合同目的使用。

7.4 甲方违反本条约定的，应向乙方支付相当于合同总价两倍的违约金。

## 第八条 数据

8.1 甲方录入系统的工序记录、琴材档案、客户及订单信息归甲方所有。

8.2 甲方同意，乙方可以对系统中的工艺数据进行脱敏处理后，用于乙方产品改进、行业分析及工艺模型研究。

8.3 乙方对系统采取数据加密、访问权限控制及每日备份等安全措施。因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，并承担相应的赔偿责任。

8.4 合同终止后，甲方可在三十日内导出其数据，逾期乙方有权删除。

8.5 系统部署于甲方自备设备上的，甲方应自行做好数据备份；因甲方设备故障造成的数据丢失，乙方不承担责任。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。甲方不得向第三方披露乙方软件的价格及技术资料。保密期限为合同终止后两年。乙方可以将甲方名称及合作案例用于乙方的市场宣传。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

10.3 乙方对甲方的间接损失、利润损失不承担责任。

10.4 因不可抗力、第三方服务中断、网络故障或甲方原因造成的损失，乙方不承担责任。

10.5 乙方对软件不作任何明示或默示的担保，包括适用于特定用途的担保。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后十五日内仍未改正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的款项不予退还，但因乙方严重违约而解除的除外。

11.3 甲方单方解除合同的，应提前三十日书面通知乙方，已支付的款项不予退还。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致本合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商决定是否继续履行。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，甲方已充分阅读并理解全部条款，乙方已提请甲方注意免除或限制乙方责任的条款。

14.2 本合同附件：附件一 定制功能需求说明书；附件二 硬件环境要求；附件三 培训计划。附件与本合同具有同等效力。

14.3 本合同的任何修改须经双方书面确认。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：　　　　乙方（签章）：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. RAS-CN-2026-07
P:This Software Licence and Services Agreement is made between Shandong Lurong Food Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Weifang, Shandong Province (the "Buyer"), and Ryedale Asset Systems Ltd, a company registered in England with its registered office at Market Place, Malton, North Yorkshire (the "Vendor").
P:The Buyer operates three meat and vegetable processing plants in Weifang and Zhucheng and wishes to replace its paper-based maintenance planning with the Vendor's computerised maintenance management software, configured for its plants and connected to its SAP system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RyeMaint maintenance management software, version 9, in object code, with its user documentation and any updates supplied under this Agreement.
P:1.2 "Deliverables" means the configuration of the Software for the Buyer's plants, the SAP PM interface programs, the custom reports and dashboards, the data migration scripts and all related documentation prepared by the Vendor for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Deliverables meet the acceptance criteria.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for eighty named users across the Buyer's three plants and its head office, including use by the Buyer's contractors working on the Buyer's behalf.
P:2.2 The Vendor shall configure the Software for the Buyer's asset register of about 6,800 items, preventive maintenance plans, work orders, spare parts stores and hygiene inspection checklists; develop the interface with the Buyer's SAP PM and MM modules for work orders, material reservations and cost postings; develop twelve custom reports and two management dashboards; migrate the existing asset and spare parts records from the Buyer's spreadsheets; and train the Buyer's staff.
P:2.3 The Software shall be installed on servers provided by the Buyer in its Weifang data room. The Vendor's consultants shall work on site during configuration, testing and go-live.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,574,000, made up of the perpetual licence fee of CNY 1,140,000, configuration, interfaces and custom reports of CNY 386,000, and training of CNY 48,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
P:3.2 The Buyer shall pay the Contract Price as follows: (a) 20% (CNY 314,800) as an advance within fifteen working days after signature and receipt of the Vendor's invoice; (b) 55% (CNY 865,700) after the Software has been installed and the Installation Certificate has been signed, which confirms installation only and is not acceptance; and (c) 25% (CNY 393,500) within twenty working days after Final Acceptance.
P:3.3 Each payment is due against a valid VAT invoice issued through the Vendor's agent in China.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall install the Software within forty-five days after signature and shall make the Software and all Deliverables ready for acceptance testing within one hundred and forty days after signature, following the project plan agreed at the kick-off meeting.
P:4.2 If the Vendor fails to meet the date in Article 4.1 for acceptance readiness, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. Delay damages do not release the Vendor from its obligations.
P:4.3 The Vendor shall appoint a named project manager who shall not be replaced without the Buyer's prior written agreement, and shall report progress to the Buyer in writing every two weeks.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall be carried out by the Buyer with the Vendor's support in accordance with the test plan agreed during configuration. The acceptance criteria are: (a) every function in the requirement list annexed to this Agreement works as described; (b) migrated asset and spare parts records reconcile with the source spreadsheets, with every discrepancy explained and corrected; (c) work orders, material reservations and cost postings pass between the Software and SAP without error for ten consecutive working days; (d) the custom reports and dashboards return correct figures against a sample checked by the Buyer; and (e) the system supports sixty concurrent users with a screen response of no more than three seconds.
P:5.2 After successful acceptance testing the Software shall run in production for a trial period of thirty days. Any Severity 1 fault during the trial period restarts the trial period after its correction.
P:5.3 When the acceptance criteria have been met and the trial period has been completed, the Buyer shall issue Final Acceptance in writing. Installation, production use or payment does not by itself amount to acceptance. If the criteria are not met, the Vendor shall correct the defects within fifteen days and the relevant tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Deliverables will conform to the documentation and the requirement list for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 The Vendor shall respond to faults as follows: Severity 1 (the Software is unavailable or work orders cannot be issued at any plant) within one hour, with a workaround within eight hours; Severity 2 (a major function is impaired) within two hours, with a fix within two working days; Severity 3 (minor issues and questions) within one working day.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 or Severity 2 response or workaround time, the Buyer may deduct CNY 1,500 from any amount due to the Vendor or claim it as a service credit.
P:6.4 After the Warranty Period the Buyer may order annual support and updates at a fee of 11% of the licence fee, that is CNY 125,400 per year. This fee is fixed for the first three years after the Warranty Period and shall not be increased during that time. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor.
P:7.2 All intellectual property rights in the Deliverables, including source code of the interface programs, report definitions and migration scripts, belong to the Buyer from creation. The Vendor shall hand over the source code and build instructions at Final Acceptance. The Buyer may use, modify and have third parties maintain the Deliverables without restriction.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 All data entered into or generated by the Software, including asset records, maintenance histories, inspection results and personal data of the Buyer's employees, belongs to the Buyer. The Vendor may process it only to perform this Agreement and shall not use it for any other purpose, keep copies or transfer it outside the People's Republic of China.
P:8.2 The Vendor shall access the Buyer's systems only through accounts and remote access tools approved by the Buyer, shall comply with the Buyer's information security rules and applicable data protection laws, and shall keep records of all access.
P:8.3 The Vendor shall notify the Buyer within two hours after becoming aware of any loss, leak or unauthorised access to the Buyer's data, shall take all measures needed to contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including plant layouts, production volumes, prices and technical documentation, and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for infringement of third-party rights, breach of Articles 8 and 9, death or personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor, including the Vendor's agent in China.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after receiving notice, or if the delay damages under Article 4.2 have reached their maximum. In that case the Vendor shall refund the amounts paid for the parts of the work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with its annexes (the requirement list, the project plan and the acceptance test plan), is the entire agreement of the parties on its subject matter. Any change must be agreed in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ShoreDesk Order Form and General Terms

**Order Form No. SD-OF-2026-118**

**Supplier:** Filey Bay Software Ltd, registered in England, Murray Street, Filey, North Yorkshire ("Supplier")

**Customer:** Shenzhen Qiantang Outdoor Products Co., Ltd., Nanshan District, Shenzhen, People's Republic of China ("Customer")

This Order Form (Part A) and the ShoreDesk General Terms (Part B) together form the agreement between Supplier and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

ShoreDesk Professional, Supplier's cloud customer-support platform: omnichannel ticketing for e-mail, web chat, WeChat and marketplace messages (Tmall, JD.com), knowledge base, ticket routing, agent performance reports and the ShoreDesk open API. Hosted for Customer in Supplier's mainland China region (Shanghai data centre operated by Supplier's hosting provider named in Annex 1).

### A2. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under A4; Subscription Year 2 starts on its first anniversary. The Agreement expires at the end of Subscription Year 2. Any further subscription requires a new Order Form signed by both parties; nothing in this Agreement renews automatically.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| ShoreDesk Professional, agent seat, Subscription Year 1 | 180 seats | 1,450 | 261,000 |
| ShoreDesk Professional, agent seat, Subscription Year 2 | 180 seats | 1,450 | 261,000 |
| Onboarding (configuration, channel connection, data import, training) | 1 | 34,000 | 34,000 |
| **Total fees for the Subscription Term** | | | **556,000** |

Fees include VAT. The seat price is fixed for both Subscription Years. Additional seats ordered during the Subscription Term are charged pro rata at the same unit price.

### A4. Onboarding and Onboarding Acceptance

Supplier shall complete onboarding within thirty-five days after signature: configure Customer's brands, queues, routing rules and service-level targets; connect the e-mail, web chat, WeChat, Tmall and JD.com channels; import about 410,000 historical tickets and 2,300 knowledge articles from Customer's current system; and train Customer's team leaders and agents.

Onboarding Acceptance tests: (a) every channel creates, routes and closes test tickets correctly; (b) the imported tickets and articles reconcile by count and by a sample of two hundred records checked field by field; (c) routing rules assign tickets to the right queue in all test scenarios; and (d) the agent console opens a ticket in under two seconds at 180 concurrent agents. Customer confirms Onboarding Acceptance in writing when the tests are passed. Use of the Service before that confirmation is not acceptance.

If onboarding is not ready for Onboarding Acceptance on time for reasons attributable to Supplier, Supplier shall pay CNY 600 for each day of delay, deductible from the onboarding fee or later invoices.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer pays each undisputed invoice within thirty days after receipt of a valid VAT invoice. No other amount is payable in advance.

### A6. Contacts and Signatures

Supplier's account manager: Helen Watson. Customer's project lead: Mr. Lin Zhao, Head of Customer Service.

For Supplier: ____________________  For Customer: ____________________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Supplier shall provide the Service in accordance with the Agreement, its documentation and applicable law, using personnel with suitable skills.

1.2 Supplier may improve the Service from time to time, provided that no change materially reduces its functionality or security. Supplier shall give Customer at least thirty days' notice of any material change.

1.3 Customer shall keep its user credentials secure, ensure that its use of the Service complies with applicable law, and give Supplier reasonable cooperation during onboarding, including access to its existing system and to the marketplace accounts to be connected.

### 2. Service Levels

2.1 Availability. Supplier shall make the Service available at least 99.95% of each calendar month, measured by Supplier's monitoring and excluding scheduled maintenance announced at least seventy-two hours in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Support. Supplier shall respond to incidents reported through the support portal or hotline as follows: Severity 1 (the Service is unavailable or agents cannot handle tickets on a main channel) within thirty minutes, around the clock; Severity 2 (a major feature is degraded) within two hours; Severity 3 (other issues) within one business day.

2.3 Service Credits. If availability in a month falls below the level in 2.1, Customer receives a credit of 5% of the monthly equivalent of the seat fee for each 0.1 percentage point or part of it, up to half of that monthly amount. If a Severity 1 response is late, Customer receives a credit of CNY 1,000 for each hour or part of an hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 Reporting. Supplier shall provide a monthly service report showing availability, incidents and credits.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Service by or for Customer, including tickets, messages, attachments and the personal data of Customer's customers.

3.2 Customer owns Customer Data. Supplier processes Customer Data to provide the Service and support under this Agreement.

3.3 Customer grants Supplier a non-exclusive, perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form to train and improve ShoreDesk's routing and reply-suggestion models, to compile industry benchmarks and to develop new products. This licence survives the end of the Agreement.

3.4 Supplier shall keep Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access and logging, maintain its ISO 27001 certification and an MLPS level 3 filing for the hosting environment, and notify Customer within twenty-four hours after becoming aware of any breach affecting Customer Data. Supplier is responsible for losses caused by a breach of this section, subject to section 8.

3.5 On expiry or termination Supplier shall make Customer Data available for export in a standard format for sixty days and then delete it, except for the anonymised data under 3.3.

3.6 Supplier shall assist Customer, at no extra charge, in responding to requests from individuals exercising their rights under the Personal Information Protection Law and with any security assessment Customer is required to carry out.

### 4. Intellectual Property

4.1 Supplier owns the Service, its software and documentation.

4.2 Configurations, routing rules, templates, reports and integrations created specifically for Customer during onboarding or afterwards belong to Customer. Customer may use, modify and let third parties use them freely, including with other service providers.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel and advisers who need it and are bound by similar obligations. This obligation lasts for three years after the end of the Agreement.

### 6. Subcontracting

6.1 Supplier shall not subcontract any part of the Service without Customer's prior written consent, except to the hosting provider named in Annex 1, which Customer approves by signing this Order Form. Supplier remains responsible for its subcontractors.

### 7. Term and Termination

7.1 The Agreement runs for the Subscription Term in Part A.

7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If Customer terminates for Supplier's breach, Supplier shall refund the prepaid fees for the remaining period.

7.3 Customer may also terminate if availability falls below the level in 2.1 in any three months of a Subscription Year.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or loss of profit.

8.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Customer's payment obligations, death or personal injury, or fraud.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the contacts in A6. The Agreement may be changed only in writing signed by both parties. The Agreement is made in English and Chinese; both versions have equal effect.

10.2 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly and does its best to limit the effect. Force majeure does not excuse payment obligations or Supplier's duty to maintain backups.
"""

SRC["e03"] = """T:Purchase Agreement for Cold Chain Monitoring Sensors and Software
P:Contract No. RX-CC-2026-044 (Buyer's standard form)
P:Buyer: Chengdu Rongxin Cold Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China.
P:Supplier: Helmsley Environmental Instruments Ltd, a company registered in England, Bridge Street, Helmsley, North Yorkshire, acting in China through its wholly owned subsidiary Helmsley Instruments (Suzhou) Co., Ltd., which shall issue invoices and perform the on-site work.
P:The Buyer operates two cold storage warehouses in Chengdu with frozen, chilled and pharmaceutical zones and wishes to monitor temperature and humidity in every storage room, loading dock and reefer bay. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 3.
P:1.3 "Integration Work" means the interface between the Software and the Buyer's warehouse management system (WMS), the alarm dashboards and the compliance reports built for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, install and configure the Software on the Buyer's servers, perform the Integration Work and train the Buyer's staff, as set out in the technical specification annexed to this Agreement.
P:2.2 The Contract Price is CNY 2,050,000, including VAT, transport, insurance, installation and all expenses, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C, calibrated, with certificate|1,200|860|1,032,000
TB:2|LoRa gateway with 4G backup and battery|60|5,400|324,000
TB:3|ColdWatch monitoring software, perpetual licence, two sites, unlimited sensors|1|418,000|418,000
TB:|Hardware and Licence Subtotal|||1,774,000
TB:4|Installation, mounting and commissioning|1|146,000|146,000
TB:5|WMS integration, dashboards and compliance reports|1|112,000|112,000
TB:6|Training of operators and administrators|1|18,000|18,000
TB:|Contract Price|||2,050,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange rate movements or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at its two Chengdu sites for any number of sensors and users, and to make copies for backup and testing.
P:3.2 The licence includes the right to connect sensors of other makes through the Software's open interfaces.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 205,000) as an advance within fifteen working days after signature, against an advance payment guarantee issued by a bank in China acceptable to the Buyer.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 1,332,500) after delivery and installation of all Equipment and installation of the Software, when the parties have signed the Delivery and Installation Certificate. That certificate records quantities and visible condition only and is not acceptance of quality or performance.
P:4.3 The Buyer shall pay the remaining 25% of the Contract Price (CNY 512,500) within twenty working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT special invoice. The Buyer may set off delay damages and service credits against any payment.
H:5. Delivery
P:5.1 The Supplier shall deliver and install all Equipment within sixty days after signature and complete commissioning and the Integration Work within ninety days after signature.
P:5.2 If the Supplier misses either date, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds forty-five days, the Buyer may also terminate under clause 13.
P:5.3 The Supplier shall coordinate installation with the Buyer's operations so that no storage room is left without monitoring for more than two hours, and shall follow the Buyer's site safety and food hygiene rules, including cold-room clothing and time limits for work in freezer rooms.
H:6. Acceptance
P:6.1 Acceptance tests shall show that: (a) every sensor reads within ±0.3 °C of a calibrated reference thermometer at three test points; (b) readings reach the Software within sixty seconds and no more than one reading in a thousand is lost over the test period; (c) alarms for out-of-range temperature, sensor offline and low battery reach the responsible staff by SMS and WeChat within two minutes; (d) the WMS receives room status and alarm data correctly for every storage room; and (e) the compliance reports meet the GSP requirements for the pharmaceutical zone.
P:6.2 After the tests are passed the system shall run for a trial period of thirty days without a Severity 1 fault.
P:6.3 The Buyer shall then issue Final Acceptance by signing the acceptance certificate. Installation, use of the system or payment is not acceptance. If any test fails, the Supplier shall correct the defect at its own cost within ten days and the test shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, recalibrate sensors once a year, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:7.2 Sensor batteries replaced during the warranty period are supplied free of charge.
P:7.3 The Supplier shall keep a stock of spare sensors and gateways in Chengdu equal to at least 2% of the installed quantity throughout the warranty period.
H:8. Service Levels
P:8.1 During the warranty period the Software shall be available at least 99.95% of each calendar month, excluding planned maintenance agreed with the Buyer in advance.
P:8.2 Response times: Severity 1 (monitoring or alarms fail for any storage room) within thirty minutes, engineer on site within six hours if needed; Severity 2 (a gateway or several sensors fail) within two hours, fixed within one working day; Severity 3 within two working days.
P:8.3 For each hour by which a Severity 1 or Severity 2 time is exceeded the Supplier shall pay a service credit of CNY 2,000, and for each 0.01 percentage point of availability below clause 8.1 a credit of CNY 5,000.
H:9. Post-Warranty Support
P:9.1 For the fourth and fifth years after Final Acceptance the Supplier shall offer annual support, including calibration and updates, for CNY 141,920 per year, which is 8% of the Hardware and Licence Subtotal. This price is fixed and the Buyer may decide each year whether to order support.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier.
P:10.2 The interface programs, dashboards, report templates and other results of the Integration Work, including their source code, belong to the Buyer. The Buyer may use, modify and license them freely, and may engage third parties to maintain them.
H:11. Data and Security
P:11.1 All monitoring data, alarm records, reports and other data collected or generated by the system belong to the Buyer and may be used by the Supplier only to perform this Agreement.
P:11.2 The Supplier shall keep the data in the Buyer's systems in China, access them only through accounts approved by the Buyer, protect its remote access with multi-factor authentication, and log every access.
P:11.3 The Supplier shall notify the Buyer within two hours of any actual or suspected leak, loss or unauthorised access, take immediate remedial measures and bear full liability for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's technical and commercial information received under this Agreement, including the Buyer's customer lists and warehouse layouts, and shall not disclose it without prior written consent. This obligation continues for three years after the end of this Agreement.
H:13. Liability, Subcontracting and Termination
P:13.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are not limited.
P:13.2 The Supplier shall not subcontract any part of this Agreement without the Buyer's prior written consent, except that its Suzhou subsidiary named above may perform the work. The Supplier remains responsible for every subcontractor.
P:13.3 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or in the case described in clause 5.2. The Supplier shall then refund all amounts paid for work not accepted.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.
H:15. General
P:15.1 This Agreement takes effect on signature by both parties. Any amendment must be in writing and signed by both parties.
P:15.2 The technical specification, the acceptance test plan and the Supplier's tender are annexes to this Agreement. If they conflict, this Agreement prevails, then the technical specification, then the test plan, then the tender.
P:15.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and limits the effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement reference: FN-MSA-2026-019

**Between**

Suzhou Hengtai Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China (the "Customer"); and

Flamborough Networks Ltd, a company registered in England with its office on Promenade, Bridlington, East Riding of Yorkshire (the "Supplier"), acting through its Shanghai branch office.

**Background.** The Customer makes precision machined components for automotive and medical customers in three plants in Suzhou and wants one supplier to run its service desk, end-user support and network operations. The Supplier provides managed IT services to manufacturers in Europe and China.

## Section 1. Definitions and Interpretation

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2; "Service Credits" means the credits in Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 3.

1.4 "Customer Data" means all data of the Customer or its employees that the Supplier handles in performing the Services, including user accounts, tickets, network configurations and device inventories.

## Section 2. Term

2.1 This Agreement starts on signature. The Services shall be provided for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 This Agreement expires at the end of the Service Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Supplier shall take over the Services from the Customer's internal IT team within seventy days after signature, following the transition plan attached to this Agreement. Transition includes the inventory of all end-user devices and network equipment, set-up of the service desk tools, collection of passwords and documentation, knowledge transfer sessions and two weeks of parallel running.

3.2 Transition Acceptance criteria: (a) the device and network inventory reconciles with a physical check of a sample chosen by the Customer; (b) the service desk has handled live tickets from all three plants for ten working days within the Service Levels; (c) network monitoring covers every switch, firewall and wireless controller listed in the inventory; and (d) the operations manual has been approved by the Customer's IT manager.

3.3 The Customer shall confirm Transition Acceptance in writing when the criteria are met. If the criteria are not met by the date in 3.1 for reasons attributable to the Supplier, the Supplier shall pay CNY 2,200 for each day of delay until Transition Acceptance.

3.4 The Customer shall give the Supplier access to its sites, systems and staff as reasonably needed for transition and shall appoint its IT manager as its single point of contact.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3: a monthly service charge of CNY 68,500 for thirty-six months and a one-time transition charge of CNY 94,000, in total CNY 2,560,000 for the Service Term, including VAT.

4.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. The Customer pays each correct invoice within thirty days after receipt, less any Service Credits due.

4.3 The charges are fixed for the Service Term. Changes in the number of users of more than 10% in either direction shall be dealt with through the change procedure in Section 10.

## Section 5. Service Levels and Service Credits

5.1 The Supplier shall meet the Service Levels in Schedule 2 and shall report its performance monthly.

5.2 If a Service Level is missed, the Customer receives the Service Credits in Schedule 3, deducted from the next invoice. Service Credits do not limit the Customer's other rights.

5.3 The Supplier and the Customer's IT manager shall hold a monthly service review and a quarterly management review.

## Section 6. Personnel

6.1 The Supplier shall provide a named service delivery manager and at least four on-site engineers across the three plants during working hours, and remote service desk staff around the clock.

6.2 The Supplier may subcontract on-site engineering and cabling work to local service partners in Suzhou by giving the Customer written notice of the partner's name at least ten days before the partner starts work. The Supplier remains responsible for the partners' performance.

6.3 The Supplier's staff at the Customer's plants shall follow the Customer's site rules, including safety and clean-room rules.

6.4 The Supplier shall not replace the service delivery manager without the Customer's prior approval, which shall not be unreasonably withheld, and shall ensure that replacement staff receive a proper handover.

## Section 7. Customer Data and Confidentiality

7.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to perform the Services and shall return it to the Customer at the end of the Agreement.

7.2 Each party shall keep confidential all information of the other party marked or understood as confidential, including the Customer's drawings, customer names and production data, and shall not disclose it to third parties without prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Documentation, scripts, configurations, reports and knowledge articles prepared by the Supplier for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any successor supplier freely.

8.2 The Supplier's own tools and methods remain the Supplier's property; the Supplier grants the Customer a free licence to use any of them that are embedded in the deliverables.

## Section 9. Liability

9.1 The Supplier's total liability under this Agreement is limited to 150% of the total charges in Section 4.1, except for death or personal injury, fraud and wilful misconduct, which are not limited.

## Section 10. Changes

10.1 Either party may request a change to the Services. The Supplier shall assess the request and propose the effect on charges and Service Levels within ten working days. No change is binding until signed by both parties.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within thirty days after notice, or if the Supplier misses the same Service Level in three consecutive months.

11.2 On expiry or termination the Supplier shall provide exit assistance for up to ninety days at the monthly service charge pro rata, hand over all documentation and passwords, and cooperate with any successor supplier.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## Section 13. General

13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and limits the effect.

13.2 This Agreement, its Schedules and the transition plan form the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 650 users; ticket logging, first-line resolution and escalation | Around the clock |
| End-user support | Desktop, laptop, printer and mobile device support, set-up of new users and leavers, on-site visits at the three plants | Monday to Saturday, 07:30 to 19:30 |
| Network operations | Monitoring and management of switches, firewalls, wireless network and WAN links between the plants; configuration changes and firmware updates | Around the clock |
| Asset management | Maintaining the device inventory and warranty records; quarterly inventory report | Working days |
| Reporting | Monthly service report and quarterly improvement plan | Monthly and quarterly |

## Schedule 2 - Service Levels

| Measure | Level |
|---|---|
| P1 incident (a plant or production line loses network or a critical system) | Response within 15 minutes; restoration or workaround within 3 hours |
| P2 incident (a department or several users cannot work) | Response within 1 hour; restoration within 8 hours |
| P3 incident (a single user or non-urgent fault) | Response within 2 hours; resolution within 2 working days |
| Core network availability (plant core switches and firewalls) | At least 99.95% per calendar month, excluding agreed maintenance windows |
| Service desk calls answered within 30 seconds | At least 90% per month |

## Schedule 3 - Charges and Service Credits

| Charge or credit | Amount |
|---|---|
| Monthly service charge, months 1 to 36 | CNY 68,500 per month, total CNY 2,466,000 |
| Transition charge (one-time, after Transition Acceptance) | CNY 94,000 |
| Total charges for the Service Term | CNY 2,560,000 |
| P1 response or restoration missed | CNY 3,000 per incident, plus CNY 1,000 per further hour |
| P2 response or restoration missed | CNY 800 per incident |
| Core network availability below Schedule 2 | 5% of the monthly service charge for each 0.02 percentage point or part of it, up to 20% |
| Monthly Service Credit ceiling | 20% of the monthly service charge |

Signed for the Customer: ____________________

Signed for the Supplier: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT - FIELDPULSE CROP AND WEATHER API

Agreement No. SAD-2026-DL-03

PARTIES

Dalian Beiliang Grain Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China (the "Customer").

Sowerby Agri-Data Ltd, a company registered in England, Sowerby Road, Thirsk, North Yorkshire (the "Supplier").

BACKGROUND

The Customer buys soybean and corn from farms and cooperatives in Heilongjiang, Jilin and Liaoning and needs reliable field-level crop and weather data for purchasing and logistics planning. The Supplier operates the FieldPulse platform, which combines satellite imagery, weather station observations and its own yield models and makes the results available through an application programming interface (API).

1. DEFINITIONS

1.1 "API" means the FieldPulse application programming interface and the documentation published for it.

1.2 "Supplier Data" means the crop, weather and yield data, indices and forecasts made available through the API, including the Historical Archive.

1.3 "Historical Archive" means the Supplier's data for the Customer's sourcing regions for the growing seasons from 2016 to 2025, delivered as files.

1.4 "Customer Inputs" means the field boundaries, farm lists, query parameters and other data that the Customer uploads or sends to the API, and the logs of its queries.

1.5 "Subscription Year" means each period starting on the Go-Live Date or on its anniversary and ending on the day before the next anniversary. "Go-Live Date" means the date of Go-Live Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Supplier grants the Customer, for two Subscription Years, a non-exclusive licence to access the API and to use Supplier Data within its business in China, including in internal reports, purchasing models and presentations to its own customers and lenders.

2.2 The subscription covers: daily vegetation and soil moisture indices for up to 38,000 registered fields; hourly weather observations and ten-day forecasts for 1,450 grid points in the sourcing regions; weekly yield forecasts at county and field level for soybean and corn; and up to two million API calls per Subscription Year.

2.3 The Customer may not resell Supplier Data as a data product or make the API available to third parties, except to contractors working for the Customer.

2.4 The Supplier may improve the API and add data layers during the subscription, provided that no change removes a data layer listed in clause 2.2 or breaks the custom data feed without ninety days' notice and a free migration path.

3. ONBOARDING

3.1 Within forty days after signature the Supplier shall deliver the Historical Archive, register the Customer's fields from the list the Customer provides, configure the Customer's API keys and user accounts, build the custom data feed that maps Supplier Data to the field codes of the Customer's purchasing system, and train the Customer's analysts.

3.2 If the Supplier does not deliver the Historical Archive or complete the onboarding by that date for reasons within its control, it shall pay the Customer CNY 500 for each day of delay.

3.3 The Customer shall provide its field list and the specifications of its purchasing system within ten days after signature and shall make its analysts available for the training sessions.

4. GO-LIVE ACCEPTANCE

4.1 The Customer shall test the onboarding within ten working days after the Supplier reports it complete. The acceptance criteria are: (a) all registered fields return indices and forecasts through the API; (b) the Historical Archive is complete for every season and region listed in the order, checked against the delivery manifest; (c) the custom data feed loads into the Customer's purchasing system for five consecutive days without error; and (d) API responses for standard queries are returned within two seconds.

4.2 When the criteria are met, the Customer shall confirm Go-Live Acceptance in writing. Use of the API for testing before that confirmation does not count as acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

   Subscription Year 1 ................ CNY 348,000
   Subscription Year 2 ................ CNY 348,000
   Onboarding (one-time) .............. CNY  26,000
   Total for the subscription ......... CNY 722,000

5.2 The onboarding fee is payable within thirty days after Go-Live Acceptance. The fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days after receipt of a valid VAT invoice.

5.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. The fees are otherwise fixed for both Subscription Years and include all taxes.

6. SERVICE LEVELS

6.1 The Supplier shall keep the API available at least 99.95% of each calendar month, excluding maintenance notified at least forty-eight hours in advance and carried out on Sundays between 01:00 and 05:00 Beijing time.

6.2 Daily indices shall be published by 08:00 Beijing time and weekly yield forecasts by 12:00 on each Monday.

6.3 The Supplier shall respond to incidents reported by the Customer as follows: Severity 1 (the API is unavailable or returns wrong data for a whole region) within one hour at any time; Severity 2 (a data layer is late or incomplete) within three hours during business hours; Severity 3 (questions and minor defects) within two business days.

6.4 Service credits: for each 0.1 percentage point or part of it by which monthly availability falls short of clause 6.1, the Customer receives a credit of 3% of the monthly equivalent of the subscription fee; for each day on which daily indices are published more than six hours late, a credit of CNY 300; and for each hour by which a Severity 1 response is late, a credit of CNY 800. Credits are set off against the next invoice.

6.5 The Supplier shall provide a monthly service report showing availability, publication times, incidents and credits.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Supplier shall use them only to provide the subscription to the Customer and shall not use them for any other purpose, combine them with other customers' data or provide them to any third party.

7.2 The Supplier shall store Customer Inputs on servers in mainland China, encrypt them in transit and at rest, limit access to named staff with a business need, keep access logs for at least six months and protect the API with key rotation and rate limiting.

7.3 The Supplier shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss or leak of, Customer Inputs or API keys, shall take immediate steps to contain it and shall compensate the Customer for losses resulting from its failure to comply with this clause 7.

7.4 At the end of the subscription the Supplier shall return Customer Inputs in CSV format and then delete them within thirty days.

8. INTELLECTUAL PROPERTY

8.1 The Supplier owns the API, the FieldPulse platform and Supplier Data, subject to the licence in clause 2.

8.2 The custom data feed, mapping tables and scripts built for the Customer under clause 3 belong to the Customer, which may use and modify them freely and have them maintained by third parties.

9. SUBCONTRACTING

9.1 The Supplier shall not subcontract any part of its obligations without the Customer's prior written consent. The Customer consents to the Supplier's use of its hosting provider in Beijing named in the annex. The Supplier remains responsible for any subcontractor.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential losses. Supplier Data are forecasts and estimates; the Supplier does not guarantee any harvest or price outcome.

10.2 The Supplier's aggregate liability under this Agreement is limited to CNY 1,100,000. This limit does not apply to breach of clause 7 or to wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

11.2 The Supplier may suspend access to the API if any undisputed invoice remains unpaid for more than forty-five days after a written reminder, and may terminate this Agreement if it remains unpaid for a further thirty days.

11.3 The Customer's remedies for any failure of the Supplier to meet its obligations are the service credits under clause 6.4, the delay payments under clause 3.2 and damages under clause 10. The Customer shall not be entitled to terminate this Agreement before the end of the second Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as satellite outages, natural disasters or government action, provided that it notifies the other party promptly.

13.2 Notices shall be given in writing to the addresses above. This Agreement may be amended only in writing signed by both parties. It is made in English and Chinese, and both versions are equally authentic.

13.3 This Agreement, with its annex, is the entire agreement of the parties on its subject matter.

SIGNATURES

For the Customer: ____________________

For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {
    "z01": ("h1103z01_municipal_finance_nontax_revenue_platform.pdf", "zh"),
    "z02": ("h1103z02_polisher_factory_line_control_retrofit.docx", "zh"),
    "z03": ("h1103z03_italian_school_chain_booking_saas.txt", "zh"),
    "z04": ("h1103z04_ferry_crossing_monitoring_om_service.txt", "zh"),
    "z05": ("h1103z05_guqin_studio_process_tracking_supplier_template.md", "zh"),
    "e01": ("h1103e01_food_plant_cmms_perpetual_licence_malton_vendor.pdf", "en"),
    "e02": ("h1103e02_support_desk_saas_order_form_filey_vendor.md", "en"),
    "e03": ("h1103e03_cold_chain_sensors_monitoring_licence.docx", "en"),
    "e04": ("h1103e04_managed_it_services_36_months.md", "en"),
    "e05": ("h1103e05_crop_weather_data_api_subscription.txt", "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# (category, terms in TERM_KEYS order, extra, design rules, TCO fee base or None, forum outside mainland China)
G, S = "goods_or_licence", "service"
N = None
DESIGN = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 36, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1970000),
            [], 1180000, False),
    "z02": ("hardware", [N, 1, True, "buyer", True, True, True, 0.02, N, 20, True, True, 18, 28, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1950000),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], 1600000, False),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, N, True, N, N, N, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=854000),
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], N, False),
    "z04": ("services", [N, 6, False, "buyer", True, True, True, 0.2, N, N, True, N, N, N, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
            ["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], N, False),
    "z05": ("software", [N, N, False, "supplier", True, False, True, N, N, 65, False, False, 6, N, False, True, N, N, G],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=174000),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], 68000, False),
    "e01": ("software", [N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1574000),
            ["CR-GOVERNING-LAW"], 1140000, True),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 600 / 556000 * 100, 6 / 24 * 100, N, True, N, N, N, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=556000),
            ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], N, False),
    "e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2050000),
            [], 1774000, False),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 2200 / 2560000 * 100, 150, N, True, N, N, N, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2560000),
            ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], N, False),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 500 / 722000 * 100, 1100000 / 722000 * 100, N, True, N, N, N, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=722000),
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"], N, False),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (section 3) -- the label values and texts must keep away from them
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != G or base is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    if not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_out):
    """My reading of policy section 3, applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan of the texts

PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九十点])",
    r"(?<![a-z])(?:thirty|fifteen|forty|one\s*hundred)[\s-]*(?:per\s*cent|percent|%)",
    r"三成",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*(?!\d)",
    r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.])4\s*(?:个)?小时", r"(?<![十二一三\d])四\s*(?:个)?小时",
    r"(?<![\d.])4[\s-]*(?:hours?|hrs?|h)(?![a-z])", r"(?<![a-z])(?<!ty-)(?<!ty)four[\s-]*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*个月", r"(?<![二\d])十二个月",
    r"(?<![\d.])12[\s-]*months?", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![第每统唯\d])一年(?!级)", r"(?<![\d.第])1\s*年(?![度级])",
    r"(?<![a-z])(?:one|1)[\s-]*years?(?![a-z])",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "30 %", "付款30％", "百分之三十", "thirty per cent", "15%", "百分之十五", "40 %", "百分之四十",
            "100%", "100 percent", "百分之一百", "三成", "99.9%", "99.90", "0.05%", "万分之五", "千分之零点五", "4小时",
            "4 个小时", "四小时", "within 4 hours", "4h", "four hours", "12个月", "十二个月", "12 months", "12-month",
            "twelve (12) months", "质保期一年", "1年", "one year", "one-year", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "48小时", "99.95%", "99.5%", "130%", "150%", "115%", "0.055%", "20.05", "万分之五十",
             "第一年", "2019年", "within 24 hours", "twenty-four hours", "fourteen days", "120个月", "Subscription Year 1",
             "one working day", "each year", "CNY 1,400", "45 %", "14 hours", "12:00", "百分之三十五"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s %s" % (s, hits(s))


# ---------------------------------------------------------------------------------------------------------------

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets = {}
    for key, (name, lang) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write(SRC, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, lang) in FILES.items():
        cat, vals, extra, design, base, forum_out = DESIGN[key]
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        for k, th in TH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
        share = tco_share(terms, extra, base)
        if share is not None:
            assert abs(share - TCO_TH) > 2, (key, share)
        rules = derive(terms, extra, base, forum_out)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        found = hits(text)
        assert not found, (key, found)
        print("%s %-62s %5d %-6s %s%s" % (key, name, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                           "" if share is None else "  TCO share %.2f%%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in DESIGN if not DESIGN[k][3]) == 2
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
