"""holdout623: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:农机作业监测服务平台建设项目合同
P:合同编号：NJJ-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市农业机械化管理局
P:乙方（供应商）：某某智农信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方经协商一致，就农机作业监测服务平台建设事宜订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供农机作业监测平台软件许可（永久使用，不限用户数和终端数），并完成深松、秸秆还田、机收、植保等作业类型的定制开发，包括作业面积自动核算、作业质量判定、补贴核验接口、车载终端接入及乡镇农机站管理端。
P:1.2 乙方负责平台部署、历史作业数据迁移、与省级农机购置与应用补贴系统的接口对接，以及面向市、县、乡三级用户的操作培训。
P:1.3 平台部署于甲方指定的政务云资源，乙方不另行收取云资源或第三方软件费用。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾玖万元整（¥1,990,000），含税。其中：平台软件许可费¥1,160,000；定制开发费¥640,000；实施及数据对接费¥154,000；培训费¥36,000。
P:2.2 上述价款为固定总价，已包括乙方完成本合同所需的人工、差旅、测试、文档及税费等全部费用，甲方不再承担其他费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初验后10个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的35%。
P:3.4 甲方按国库集中支付的规定办理付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署和定制开发，120日内具备初验条件。
P:4.2 乙方应提交项目实施方案、需求规格说明书、测试报告、部署手册、用户手册及定制部分源代码，交付物清单以附件二为准。
H:第四条之一 技术要求
P:4.3 漏板温控模块应支持每块漏板分区独立控制，采样周期不大于200毫秒，具备断偶报警和手自动无扰切换功能；控制器采用冗余配置，单一控制器故障时自动切换且不影响生产。
P:4.4 操作画面应包括全车间总览、单台拉丝位详情、报警汇总、趋势曲线和班组报表，操作权限按工艺员、班长、操作工分级设置。
P:4.5 乙方应在停炉前完成全部设备的出厂测试和模拟联调，并向甲方提交停炉改造方案、应急回退方案和人员分工表，经甲方批准后方可实施。
P:4.6 改造期间乙方应保留原系统主要接线，直至新系统连续稳定运行7日后方可拆除，以便必要时恢复原系统运行。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；作业面积核算结果与人工抽测对比误差不超过3%；500台终端同时在线时页面平均响应时间不超过3秒；补贴核验接口连续10个工作日无数据差错。
P:5.2 初验合格后进入90日试运行。试运行期间累计一级故障不超过1次，且第三方测评机构出具的安全测评报告无高风险问题的，甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.2 一级故障（平台整体不可用或补贴核验中断）乙方应在30分钟内响应，2小时内远程或现场处理，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一工作日内答复。
P:6.3 响应或恢复超时的，每超时1小时扣减履约保证金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减不影响甲方追究其他违约责任。
H:第七条 质保与维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:7.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的8%（即¥92,800/年），该价格自质保期满起三年内不上调。维护合同逐年签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、数据库脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改、升级和再许可。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯任何第三方的合法权利。
H:第九条 数据安全
P:9.1 平台汇集的农机作业数据、农户及机手信息、补贴核验数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应按照网络安全等级保护第二级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制出政务云环境。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、业务资料和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权拒绝验收，要求乙方退还已付款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条之一 履约保证金
P:11.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可以银行保函形式提交。最终验收合格且乙方无未了结的违约责任后，甲方在10个工作日内无息退还。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同的全部或部分工作转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过45日，或有其他严重违约行为经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已付款项并承担违约责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 项目管理与培训
P:14.2 乙方应指定具有同类项目经验的项目经理常驻甲方，未经甲方同意不得更换；项目组每周提交进度报告，每月参加甲方组织的项目例会，重大问题随时书面报告。
P:14.3 乙方应对市、县两级管理员和乡镇农机站操作人员分批开展培训，培训内容包括终端绑定、作业审核、补贴核验和统计报表，培训结束后提供培训教材和视频。
P:14.4 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任。
P:14.5 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：定制开发需求清单　附件二：交付物清单
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2026年　月　日
"""

Z02 = """T:拉丝炉控制系统改造及维保合同
P:合同编号：BX-JS-2026-0412
P:甲方（买方）：某某玻璃纤维股份有限公司
P:乙方（卖方）：某某自动化工程有限公司
P:甲方二号池窑拉丝车间现有漏板温控及拉丝机控制系统老化，故障停炉频繁。双方经协商，就该车间拉丝炉控制系统改造（设备、软件及安装调试）及后续维保事宜订立本合同。
H:第一条 合同标的
P:1.1 乙方负责供应并安装DCS控制器及IO模块、漏板温控模块、工控机及操作站，提供控制软件许可（组态软件及漏板温度控制算法），完成二号池窑全部拉丝位的停炉改造、调试、定制操作画面及与甲方MES系统的数据接口。
P:1.2 改造须在甲方计划停炉窗口内完成，单次停炉时间不得超过7日。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及IO模块|1套|688,000
TB:2|漏板温控模块|48块|412,000
TB:3|工控机及操作站|6台|156,000
TB:4|控制软件许可（组态及温控算法）|1套|264,000
TB:设备及软件小计|||1,520,000
TB:5|安装调试及停炉改造|1项|218,000
TB:6|定制操作画面及MES接口|1项|96,000
TB:7|培训|1项|26,000
TB:合计|||1,860,000
P:2.2 合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同签订后，乙方提交预付款保函，甲方在10个工作日内支付合同总价的20%。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的45%。到货签收仅确认数量和外观，不构成质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与安装
P:4.1 乙方应于合同签订后60日内将全部设备运至甲方指定地点，并在甲方通知的停炉窗口内完成安装调试。
P:4.2 乙方现场人员应遵守甲方安全生产和高温作业管理制度，办理动火及登高作业审批。
H:第五条 验收
P:5.1 验收标准：全部拉丝位温度控制精度±1℃以内；单台拉丝机断丝率较改造前下降；系统连续稳定运行30日且无因控制系统原因导致的停炉；MES接口数据与现场仪表比对一致；操作画面功能与技术协议一致。
P:5.2 满足前款标准后，甲方在7个工作日内组织最终验收并签署验收报告。设备安装完成或投入生产使用均不视为验收合格。
H:第五条之一 项目管理
P:5.3 乙方应指定具有玻纤或类似连续生产行业控制系统改造经验的项目经理，负责设计联络、设备制造跟踪、停炉改造组织和调试。项目经理未经甲方同意不得更换。
P:5.4 合同签订后15日内，双方召开设计联络会，确认IO点表、控制方案、画面风格、MES接口数据项及停炉改造计划，会议纪要经双方签字后作为技术协议的补充。
P:5.5 乙方应按月提交设备制造及项目进度报告，重要设备出厂前甲方有权派员到乙方工厂见证出厂测试，乙方应提前5日通知甲方。
P:5.6 乙方提供的设备应为全新、未使用过的合格产品，附有出厂合格证、检验报告和原产地证明，包装应满足长途运输和防潮防震要求。
P:5.7 甲方负责提供现场临时用电、设备存放场地及停炉窗口内的生产配合，并指定工艺和电仪负责人参与调试。
H:第六条 质保期
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内，非甲方原因造成的设备故障，乙方免费维修或更换，软件免费升级。
H:第七条 维保服务
P:7.1 质保期内及甲方购买维保服务期间，乙方提供7×24小时电话支持。
P:7.2 故障分级及响应时间如下：
TB:故障级别|定义|响应时间|到场时间
TB:一级|漏板温控失灵或拉丝位批量断丝，影响连续生产|30分钟|6小时
TB:二级|单个拉丝位或单台操作站故障|2小时|24小时
TB:三级|画面显示、报表等一般问题|8小时|下一工作日
P:7.3 质保期满后，甲方可按年购买维保服务。维保费为设备及软件小计的7%，即每年人民币106,400元，在质保期满后三年内固定不变。维保服务逐年书面续签。
H:第八条 知识产权
P:8.1 乙方为本项目编写的定制操作画面、组态工程文件、MES接口程序及其源代码归甲方所有，甲方可自由使用、修改或交由第三方维护。
P:8.2 控制软件许可及温控算法的知识产权归乙方，甲方在本生产线上永久使用。
H:第九条 数据安全
P:9.1 拉丝工艺参数、配方、生产数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方事先批准，通过甲方提供的工控安全网关接入，并留存操作记录；不得擅自将工艺数据拷贝带离现场。乙方违反本条造成数据泄露或生产事故的，应承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同中获知的对方技术秘密和商业秘密负有保密义务，保密期限至合同终止后五年。
H:第十一条 分包
P:11.1 乙方可将现场布线、桥架安装等辅助工作分包给具备相应资质的单位，但应在进场前书面告知甲方分包单位名称。乙方对分包单位的工作向甲方负责。
H:第十二条 违约责任
P:12.1 乙方交付的设备或软件不符合合同约定的，应在甲方指定期限内负责更换、修理或补足，并承担由此产生的费用。
P:12.2 任何一方违反本合同约定给对方造成损失的，应赔偿对方因此遭受的实际损失。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条之一 培训与资料
P:13.2 乙方应为甲方电气、仪表及工艺人员提供不少于5天的现场培训，内容包括系统原理、日常操作、参数整定、常见故障处理和备件更换，培训后由乙方组织考核。
P:13.3 乙方应在最终验收前交付竣工图纸、IO点表、组态工程文件备份、设备说明书、软件操作手册和维护手册各一套，电子版与纸质版内容一致。
P:13.4 乙方应保证质保期满后五年内供应原型号或兼容型号备件，备件价格不高于本合同单价。
P:13.7 乙方交付的控制软件应提供完整的安装介质和授权文件，授权不绑定特定硬件序列号；工控机或服务器更换时，乙方应在2个工作日内免费完成授权迁移。
P:13.8 乙方应协助甲方制定控制系统日常点检、备份和应急处置制度，并在质保期内每季度到现场巡检一次，巡检记录由甲方签字确认后存档。
P:13.9 乙方应配合甲方完成工控系统安全等级保护测评中与本系统有关的整改工作。
P:13.10 乙方应在合同签订后10日内提交项目组成员名单及联系方式，现场调试期间安排工程师24小时值班，确保拉丝生产不受影响。
P:13.11 双方往来的技术文件和会议纪要应以书面形式确认。
H:第十三条之二 安全生产
P:13.5 乙方在甲方现场作业期间应遵守甲方安全管理规定，配备必要的劳动防护用品，因乙方人员违章作业造成的人身伤害或财产损失由乙方负责。
P:13.6 因不可抗力不能履行合同的，受影响方应及时通知对方，双方协商延期履行。
H:第十三条之一 甲方的权利和义务
（一）甲方有权对乙方运维工作进行监督检查，对不符合要求的工作提出整改意见，乙方应在规定期限内整改。
（二）甲方应为驻场人员提供必要的办公场地、网络接入和运维账号，及时协调各区司法局配合乙方开展工作。
（三）甲方应按约定及时支付服务费用。

（四）甲方应在服务期满前组织年度验收，并将季度考核结果及时书面通知乙方。

第十三条之二 廉洁条款
（一）乙方不得向甲方工作人员赠送礼品礼金或提供其他不正当利益，不得以不正当手段影响考核结果。

第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议提交嘉兴仲裁委员会仲裁，仲裁裁决是终局的。
H:第十五条 其他
P:15.1 技术协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """连锁体检中心体检报告交付云服务及实施合同

合同编号：TJ-IT-2026-033
甲方（客户）：某某健康体检管理集团有限公司
乙方（服务商）：某某医信云科技有限公司

鉴于甲方在全国设有60家体检门店，拟统一采用线上方式向受检者交付体检报告，双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方60家门店提供体检报告交付云服务（以下简称"云服务"），包括电子报告生成与推送、受检者小程序查阅、异常指标提醒、团检单位汇总报告和门店管理后台。
（二）乙方负责实施工作：各门店开通部署、与甲方LIS、PACS及体检业务系统的接口开发、报告模板定制、历史报告迁移和人员培训。
（三）云服务期限为两个服务年度，第一个服务年度自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、服务费用
（一）云服务费按门店计收，每店每服务年度人民币9,800元，60家门店每服务年度合计588,000元，两个服务年度合计1,176,000元。
（二）实施费人民币236,000元，培训费人民币18,000元。
（三）本合同总金额为人民币1,430,000元（含税）。

三、付款方式
（一）实施费及培训费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的云服务费，于该服务年度开始后30日内凭发票支付。
（三）合同期内甲方增加门店的，按每店每服务年度9,800元按实际服务天数折算计费。

四、实施与上线验收
（一）乙方应在合同签订后75日内完成全部门店的部署和接口开发，并具备上线条件。
（二）上线验收标准：
1. 60家门店全部开通，报告推送成功率不低于99.5%；
2. LIS、PACS结果与电子报告逐项比对一致，抽检5,000份无差错；
3. 高峰时段（每日9:00—11:00）报告生成平均耗时不超过5秒；
4. 团检汇总报告、异常指标提醒功能符合需求说明书。
（三）达到上述标准后，甲方出具书面上线验收单。门店试用或报告对外推送不视为验收合格。
（四）乙方逾期具备上线条件的，每逾期一日，按本合同总金额的万分之七向甲方支付违约金。

（五）乙方应在合同签订后7日内组建项目组，指定项目经理一名，负责与甲方信息部及各门店的沟通协调；项目组每周提交实施周报，列明各门店开通进度、接口联调情况和待解决问题。
（六）乙方应按甲方提供的报告版式完成综合报告、单项报告、团检报告和复查提醒四类模板的定制，模板须经甲方医务部确认后方可上线。
（七）历史报告迁移范围为近三年的电子报告，迁移后应能按姓名、证件号、体检号检索，迁移完成后双方抽样核对。

五、服务水平
（一）云服务月度可用率不低于99.5%，计划内维护须提前三日通知甲方并安排在22:00至次日6:00之间。
（二）一级故障（报告无法生成或推送全面中断）乙方应在1小时内响应，6小时内恢复；二级故障2小时内响应，24小时内解决。
（三）月度可用率低于承诺值的，按以下标准抵扣当月云服务费：低于99.5%但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障响应超时的，每次抵扣当月云服务费2%。

（四）乙方应提供面向受检者的在线客服，工作时间为每日8:00至20:00，受检者查询报告遇到的问题应在2小时内答复。
（五）乙方每月向甲方提交服务报告，内容包括可用率、故障处理情况、报告推送量、受检者访问量和投诉处理情况，每季度与甲方召开一次服务回顾会议。

（六）乙方应在每个服务年度结束前一个月，就系统功能改进需求与甲方进行沟通，并在不增加费用的前提下对甲方提出的合理优化需求安排实施计划。
（七）受检者投诉涉及报告推送错误的，乙方应在当日内查明原因并向甲方书面说明，涉及报告内容错误的，应立即暂停该报告推送并通知甲方门店处理。
（八）乙方应每季度开展一次应急演练，演练内容包括主备切换和数据恢复，演练结果书面报送甲方。

六、数据权属与数据安全
（一）受检者个人信息、体检结果、影像资料及甲方业务数据均归甲方所有。乙方仅为向甲方提供本合同服务处理上述数据，不得用于其他任何目的。
（二）云服务部署于中国境内具备等保三级备案的机房，个人敏感信息加密存储和传输，访问实行最小权限和全程审计，乙方应遵守《个人信息保护法》和《数据安全法》。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方开展处置和报告，并承担由此给甲方造成的全部损失。
（四）合同终止后30日内，乙方应将全部数据按甲方要求的格式移交甲方，并在甲方确认后彻底删除，出具删除证明。

七、保密
（一）双方对因本合同获知的对方商业秘密、技术资料及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年；涉及个人信息的，保密义务长期有效。

八、知识产权
（一）乙方为甲方定制开发的报告模板、接口程序及相关文档，知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
（二）云服务平台本身的知识产权归乙方所有。

九、续期
（一）合同期满前60日内任何一方未书面提出不续期的，本合同自动续期一个服务年度。续期时乙方有权根据市场情况调整云服务费单价，并以书面通知甲方的价格为准。

十、分包
（一）未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除合同。乙方应退还未履行期间的服务费并完成数据移交。

十一之一、甲方的义务
（一）甲方应指定项目联系人，及时提供门店清单、报告版式、接口文档和测试环境，并协调LIS、PACS厂商配合接口开发。
（二）甲方应按约定支付服务费用，并负责对受检者进行电子报告查阅方式的告知。

（三）甲方应在上线验收前组织门店完成受检者手机号码等基础信息的核对，并配合乙方开展门店人员操作培训。
（四）甲方发现云服务存在问题的，应通过乙方服务热线或服务管理平台及时报告，并提供必要的故障信息。
（五）甲方应妥善保管管理后台账号，及时注销离职人员账号，并按乙方提供的操作手册规范使用云服务。

（六）甲方应在收到乙方提交的上线验收申请后5个工作日内组织验收测试，并在测试完成后及时出具验收结论或书面整改意见。

（七）甲方应在门店新开或关闭前15日书面通知乙方，以便乙方及时开通或停用相应门店账号。

十一之二、不可抗力
（一）因不可抗力导致云服务中断的，受影响方应及时通知对方并采取措施减少损失，双方根据影响程度协商处理，但乙方应按照灾备方案尽快恢复服务。

十一之三、通知
（一）本合同项下的通知应以书面形式送达双方在合同首页载明的地址或指定的电子邮箱，一方变更联系方式的应提前书面通知对方。

十二、法律适用及争议解决
（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交上海仲裁委员会仲裁。

十三、其他
（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
（二）附件：门店清单、需求说明书、接口清单。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """社区矫正信息管理系统年度运维服务合同

项目编号：SFJ-CS-2026-05（竞争性磋商）
甲方（采购人）：某市司法局
乙方（成交供应商）：某某软件服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就社区矫正信息管理系统2026年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：市、区两级社区矫正信息管理系统，包括矫正对象档案管理、电子定位监管、远程视频督察、移动执法终端、数据交换接口及配套服务器、数据库和中间件。
（二）服务内容：日常巡检、故障处理、系统优化、安全加固、数据备份与恢复演练、版本升级实施、用户支持以及重大活动期间保障。
（三）服务期限为2026年度，自2026年1月1日起至当年年末止。期满后如需继续服务，由甲方依法另行采购。

第二条 服务费用
（一）本合同年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），含税，包括人工、备品备件、工具及差旅等全部费用。
（二）服务期内，甲方不再支付其他费用。

第三条 付款方式
（一）服务费按季度支付，每季度为¥121,500。
（二）每季度结束后，甲方依据第六条进行季度考核，考核合格后15个工作日内支付当季服务费；考核扣款从当季服务费中直接扣减。

第四条 人员要求
（一）乙方应派驻2名驻场工程师，工作日8:30至17:30在甲方指定地点办公，并安排二线技术人员远程支持。
（二）驻场人员须通过甲方背景审查，签署保密承诺书，未经甲方同意不得更换。

（三）乙方应建立运维值班制度，非工作时间安排工程师电话值守，并在全国"两会"、重大节假日等重要时期安排现场值守，值守安排提前报甲方确认。
（四）乙方应建立运维台账，详细记录巡检、故障、变更、备份和用户支持等工作，台账随月度运维报告一并提交。

第五条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前两个工作日报甲方批准。
（二）一级故障（系统整体中断、定位监管失效或数据交换中断）乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障当日响应，3个工作日内解决。
（三）乙方每日完成系统巡检，每月提交运维报告，每季度完成一次数据恢复演练。
（四）每次一级故障响应或恢复超时的，扣减当季服务费¥2,000；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。

（五）乙方应每半年对系统开展一次全面安全检查，包括漏洞扫描、弱口令核查、账号权限清理和日志审计，检查报告及整改情况报甲方备案。
（六）乙方应在重要时期前完成专项保障方案，明确人员、联系方式、应急预案和备品备件，并按方案落实值守。
（七）乙方应配合甲方完成上级主管部门组织的系统检查、等级保护测评和数据报送工作，按要求提供技术资料。
（八）乙方应为甲方市、区两级用户提供操作咨询服务，对新入职的社区矫正工作人员每半年组织一次集中培训。

第六条 考核与验收
（一）季度考核内容：故障响应及恢复时间、可用率、巡检记录完整率、备份成功率、用户满意度（不低于90分）。各项达标的为考核合格。
（二）服务期满后10个工作日内，甲方组织年度验收，依据全年运维报告、考核记录和系统运行状况出具验收意见。年度验收合格是支付第四季度服务费的前提。

（三）运维过程中需要变更系统配置、升级版本或调整数据库结构的，乙方应提前提交变更方案和回退方案，经甲方审批后在指定时间窗口实施，并在实施后提交变更报告。
（四）乙方应于每月第5个工作日前提交上月运维报告，内容包括系统运行状况、故障统计及分析、巡检发现问题、安全加固情况、备份执行情况和下月工作计划。

第六条之一 驻场人员管理
（一）驻场工程师应具备三年以上同类系统运维经验，持有相关技术资质证书，熟悉社区矫正业务流程。
（二）驻场人员应遵守甲方作息、考勤和保密管理制度，请假须提前报甲方同意并安排替岗人员；每月缺勤累计超过三个工作日的，乙方应更换人员。
（三）乙方应每季度对驻场人员开展安全意识和业务培训，培训记录报甲方备案。
（四）甲方认为驻场人员不能胜任的，有权要求乙方在10个工作日内更换，乙方应做好工作交接。

（五）乙方应建立驻场人员工作日志制度，每日记录工作内容和系统运行情况，工作日志每周报甲方信息科审阅。
（六）驻场人员离岗时，乙方应在当日内配合甲方注销其全部系统账号和门禁权限，收回相关资料，并书面确认未留存任何系统数据。
（七）乙方应为驻场人员购买工伤保险和意外伤害保险，驻场人员在服务过程中发生的人身伤害由乙方负责处理。

（八）驻场人员应每日填写巡检记录表，记录服务器、数据库、定位平台和接口运行状态。

第七条 数据安全
（一）系统内矫正对象个人信息、定位轨迹、执法记录等数据均属于甲方所有，乙方仅可为提供本合同运维服务访问，不得用于任何其他目的。
（二）乙方应遵守网络安全等级保护第三级要求，一切运维操作通过堡垒机进行并全程审计；严禁将数据下载、拷贝或传输至甲方网络以外。
（三）发生数据泄露或安全事件的，乙方应在30分钟内报告甲方，配合甲方处置，并承担因此产生的全部法律责任和赔偿责任。

第八条 保密
（一）乙方及其人员对在服务中知悉的工作秘密、矫正对象信息及系统配置信息负有保密义务，不得以任何形式泄露。保密义务在合同终止后继续有效。

第九条 知识产权
（一）乙方在服务过程中编写的运维脚本、巡检工具配置、优化方案、运维文档和报告，知识产权归甲方所有，甲方可自由使用和修改。

第十条 分包
（一）乙方不得将本合同项下的服务转包或分包。

第十一条 违约责任
（一）乙方未按磋商文件约定的日期完成驻场人员到岗或服务启动的，每逾期一日，按合同金额的万分之二向甲方支付违约金。
（二）乙方月度运维报告或季度恢复演练逾期完成的，按本条第（一）项标准计算违约金。
（三）因乙方原因造成系统数据丢失的，乙方应负责恢复，并赔偿甲方由此遭受的损失。

第十二条 合同的变更与解除
（一）合同履行期间，任何一方不得单方变更或解除本合同。确需变更或解除的，双方应协商一致并签订书面协议，同时报财政部门备案。
（二）因不可抗力致使合同无法履行的，受影响一方应及时通知对方，双方协商处理。

第十三条 服务交接
（一）合同期满或终止时，乙方应在15日内向甲方或甲方指定的单位完成交接，移交全部账号、文档、脚本和运维记录，并配合新服务商过渡一个月。

第十四条 法律适用与争议解决
（一）本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十四条之一 服务交付物
（一）乙方应交付的服务成果包括：月度运维报告、季度数据恢复演练报告、半年安全检查报告、年度运维总结、系统配置文档和应急预案。
（二）上述成果以电子版和纸质版形式同时提交，纸质版加盖乙方公章。

第十五条 其他
（一）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　日期：
"""

Z05 = """# 溯源云图食品追溯系统软件许可及开发合同（标准文本 V3.0）

合同编号：SYYT-2026-HT-0188

甲方（用户）：某某乳业（酸奶）有限公司

乙方（开发方）：某某溯源云图信息科技有限公司

本合同为乙方标准合同文本。甲方委托乙方为其酸奶生产线建设批次追溯系统，双方经协商一致，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方提供"溯源云图"食品追溯系统软件许可，包括原奶收购、发酵灌装、成品入库、冷链出库四个标准模块，甲方在本企业范围内使用。

1.2 乙方根据甲方需求进行定制开发：批次赋码与关联规则、与甲方MES和WMS系统的数据接口、召回模拟功能及市场监管追溯平台对接。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 追溯系统软件许可（四个标准模块） | 1,080,000 |
| 2 | 定制开发（批次赋码、MES/WMS接口、召回模拟、监管平台对接） | 360,000 |
| 3 | 部署实施及培训 | 120,000 |
| | 合计 | 1,560,000 |

合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，乙方收款后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%。

3.3 甲方逾期付款的，乙方有权暂停实施，工期相应顺延。

## 第四条 交付

4.1 乙方在收到首笔款项后120日内完成系统部署和定制开发并上线。

4.2 因甲方需求变更、现场条件不具备或甲方配合不及时造成的延误，工期相应顺延。

4.3 乙方在实施过程中提供项目经理一名、实施工程师两名，实施人员由乙方根据项目进度统一调配。

4.4 甲方应提供服务器、数据库、网络环境及赋码设备，并保证生产线在实施期间的配合时间。甲方提供的设备不符合要求的，乙方不承担由此造成的延误责任。

4.5 乙方交付的文档包括：系统安装手册、用户操作手册和培训课件。

## 第四条之一 系统功能

4A.1 原奶收购模块：牧场、奶车、批次登记，质检结果关联，原奶批次与生产批次自动关联。

4A.2 发酵灌装模块：菌种、配料批次记录，发酵罐温度和时间记录，灌装线批次生成及赋码。

4A.3 成品入库与冷链出库模块：成品批次入库、库位管理、出库单关联、冷链车辆温度记录导入。

4A.4 召回模拟：按原料批次或成品批次正向、反向追溯，生成受影响经销商和门店清单。

## 第五条 上线与验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方应安排专人配合上线，上线后发现的问题由乙方在维护期内处理。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和缺陷修复。一级故障（追溯码无法生成或批次数据无法查询）乙方在2小时内响应，其他问题在1个工作日内响应。

6.3 需要现场服务的，差旅费用由甲方承担。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年人民币302,400元，每年签订一次。

7.2 年度维护服务内容包括远程支持、缺陷修复和小版本升级。

7.3 年度维护费于每个维护年度开始前支付。甲方未续购年度维护服务的，乙方不再提供缺陷修复和升级，再次购买时需补缴中断期间的维护费。

7.4 维护服务期间，乙方可根据产品规划对系统进行版本升级，升级安排由乙方通知甲方。

## 第八条 知识产权

8.1 追溯系统软件及乙方为本项目完成的定制开发成果（包括源代码、接口程序、赋码规则配置及文档）的知识产权均归乙方所有。

8.2 甲方在合同约定范围内享有非独占的使用权，不得修改、反向工程或向第三方提供。

8.3 甲方如需对定制开发部分进行修改，应委托乙方进行，费用按乙方当年的人天单价另行计算。

8.4 乙方有权在其他客户项目中使用本项目形成的定制开发成果。

## 第九条 数据

9.1 甲方生产数据及追溯数据归甲方所有。

9.2 乙方采取访问控制、加密传输和定期备份等措施保障系统数据安全；因乙方原因造成数据泄露的，乙方应及时通知甲方并承担相应责任。

9.3 甲方同意，乙方可将系统运行中产生的数据经脱敏处理后，用于产品优化、行业分析及向其他客户提供的增值服务。

## 第十条 保密

10.1 双方对履行本合同中知悉的对方商业秘密负有保密义务，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。乙方不对甲方的间接损失、利润损失及产品召回损失承担责任。

11.3 甲方延迟验收、延迟付款或未按约定提供实施条件的，乙方的交付期限相应顺延，且不视为乙方违约。

11.4 乙方对因甲方操作不当、擅自修改系统或第三方软硬件故障造成的损失不承担责任。

11.5 系统生成的追溯数据仅供甲方内部管理参考，乙方不对甲方据此作出的经营决策承担责任。

11.6 甲方要求增加功能或接口的，按乙方当年报价另行签订补充协议。

11.7 乙方根据甲方提供的资料进行开发，对资料本身的准确性不承担责任；甲方逾期确认需求的，交付期限相应顺延。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方可书面通知解除本合同。

12.2 因不可抗力或政策变化导致合同无法履行的，双方均不承担违约责任。

## 第十二条之一 甲方责任

12.3 甲方应保证提供的基础数据真实、准确、完整，因基础数据错误导致追溯结果错误的，由甲方自行负责。

12.4 甲方应妥善保管系统账号和密码，因甲方原因导致账号泄露的损失由甲方承担。

12.5 甲方不得将系统提供给关联企业或其他第三方使用。

## 第十二条之二 通知

12.6 双方往来通知以电子邮件或书面形式送达合同首页所列地址，发出后三日视为送达。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十三条之一 培训

13.2 乙方提供两次集中培训，每次不超过两天，培训对象为甲方系统管理员和关键用户，超出部分按乙方报价另行收费。

13.3 培训地点在甲方现场，甲方负责提供培训场地和设备。

## 第十三条之二 其他约定

13.4 乙方有权在其宣传资料和官网中将甲方列为客户案例。

13.5 合同签订后，甲方需求发生变更的，由双方另行签订补充协议，工期和费用相应调整。

13.6 系统涉及的第三方软件（如数据库、操作系统）由甲方自行采购。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，以乙方官网公布的《用户服务协议》为准。

甲方（盖章）：

乙方（盖章）：溯源云图信息科技有限公司

签订日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PLN-CN-2026-009
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrui Auto Components Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Plandora Sistemas S.A., a company organised under the laws of the Republic of Costa Rica with its principal office in San José, Costa Rica (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based production planning with the Vendor's advanced planning and scheduling software, configured for its stamping, welding and painting lines, and the Vendor has agreed to license the software and deliver the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Plandora APS product, version 8, in object code, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, scheduling rules, reports, scripts and other materials developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated from the Software in the Customer's environment, including production orders, routings, bills of material, capacity data and schedules.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 60 named planners and unlimited read-only users at the Customer's plants in mainland China.
P:2.2 The Vendor shall configure the Software, develop interfaces to the Customer's ERP and MES systems, migrate master data, train the Customer's key users and support the go-live, as described in the Statement of Work attached as Annex A.
P:2.3 The Software will be installed on servers in the Customer's data centre in Changzhou. The Vendor shall not require any connection to systems outside mainland China for the Software to operate.
H:Article 3 Price
P:3.1 The total price is CNY 1,800,000, inclusive of all taxes, made up of: Licence Fee CNY 1,240,000; implementation and interface development CNY 420,000; data migration CNY 92,000; training CNY 48,000.
P:3.2 The price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 30 days after signature of this Agreement against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the total price within 30 days after go-live of the Software on all three production lines. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 All amounts are payable in CNY to the Vendor's account designated in writing.
H:Article 5 Acceptance
P:5.1 After go-live the Software shall run in production for 45 days. Final Acceptance requires that: (a) all functions listed in Annex A pass the agreed test scripts; (b) a full weekly schedule for all lines is generated in no more than 10 minutes; (c) the ERP and MES interfaces transfer orders and confirmations without error for 20 consecutive working days; and (d) no Severity 1 defect is open.
P:5.2 When the criteria are met the Customer shall issue the Final Acceptance certificate within 10 working days, or state in writing the criteria not met. Installation, go-live, productive use or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Defects are classified by severity. For a Severity 1 defect (scheduling or the ERP interface unavailable) the Vendor shall respond within 1 hour, 24 hours a day, and provide a workaround or fix within 8 hours. For Severity 2 defects the Vendor shall respond within 2 hours during business hours and fix within 3 working days.
P:6.3 For each full hour by which a Severity 1 response or fix is late the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or from the support fee.
P:6.4 After the warranty period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, namely CNY 136,400 per year, and shall not increase for three years after the end of the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation with the go-live. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, takes place through the Customer's VPN and bastion host, and is logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data out of mainland China.
P:8.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, cooperate in its remediation, and bear the losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equal duties. These duties survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If go-live or Final Acceptance is delayed beyond the dates in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the part of the Software and services not accepted. The licence granted for accepted parts survives termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Costa Rica.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the International Centre for Conciliation and Arbitration of the Costa Rican-American Chamber of Commerce, seated in San José, Costa Rica, in the English language, before a sole arbitrator.
H:Article 13A Project Organisation
P:13A.1 Each party shall appoint a project manager within 10 days after signature. The Vendor's project manager and lead consultant shall be available on site in Changzhou during the configuration, testing and go-live phases, and shall not be replaced without the Customer's agreement.
P:13A.2 The project managers shall meet weekly. The Vendor shall submit a written progress report every two weeks showing completed tasks, open issues, risks and the updated project plan.
P:13A.3 The Customer shall provide access to its premises, servers, test data and key users as reasonably required, and shall make decisions on the design documents within 10 working days after receipt.
P:13A.4 Neither party is liable for a delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If a force majeure event lasts more than 60 days, the parties shall discuss in good faith how to continue the project.
H:Article 14 General
P:14.1 This Agreement, with Annex A (Statement of Work) and Annex B (Project Plan), is the entire agreement between the parties on its subject.
P:14.2 Amendments must be in writing and signed by both parties. Notices shall be sent in writing to the addresses on the signature page.
P:14.3 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms

**Order Form No. OF-2026-CN-0147**

**Provider:** Fieldlane Technologies Inc., Calle 50, Panama City, Republic of Panama

**Customer:** Suzhou Lvyuan Elevator Service Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1 Subscribed Service

Fieldlane Field Service Management, Enterprise edition: work-order dispatch, technician mobile application, preventive maintenance planning, spare-parts tracking, customer portal and reporting, for 900 named technician users and 60 dispatcher users. The Service is hosted in the Alibaba Cloud Shanghai region.

### A2 Subscription Term

Twenty-four (24) months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date on which Customer signs the Onboarding Acceptance under A4. The Subscription Term does not renew automatically; any extension requires a new Order Form signed by both parties.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 900 technicians, 60 dispatchers | 486,000 |
| Subscription, Subscription Year 2 | 900 technicians, 60 dispatchers | 486,000 |
| Onboarding and configuration | one-time | 118,000 |
| Administrator and trainer training | one-time | 20,000 |
| **Total Contract Value** | | **1,110,000** |

All fees are in Chinese yuan and include VAT. Additional users may be added during the Subscription Term at the pro-rated unit price of the table above.

### A4 Onboarding and Acceptance

Provider shall complete onboarding within 60 days after signature of this Order Form: tenant set-up, import of 42,000 elevator asset records, configuration of work-order types and maintenance schedules, integration with Customer's Kingdee ERP for spare parts, and training. Onboarding Acceptance requires that (a) all asset records are imported and reconciled against Customer's register without error; (b) the ERP interface posts 200 test transactions correctly; (c) dispatch of a work order to the mobile application takes no more than 10 seconds; and (d) the configured workflows pass Customer's test scripts. Customer shall sign the Onboarding Acceptance within 5 working days after the criteria are met. If onboarding is not completed by the 60th day for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

### A5 Payment

Onboarding and training fees are invoiced after Onboarding Acceptance. The subscription fee of each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

### A6 Contacts and Approved Parties

Provider account manager: Ms. Ana Castillo. Customer project lead: Mr. Zhou Jian. Customer approves Alibaba Cloud (Shanghai region) as the hosting provider of the Service by signing this Order Form.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including the mobile application and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including asset records, work orders, technician locations and end-customer contact details.

1.3 "Configurations" means the workflows, forms, reports and interface mappings created by Provider for Customer during onboarding or on Customer's request.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for the accuracy of the Customer Data it enters and for keeping its user credentials to authorised persons.

### 3. Service Levels

3.1 Provider shall make the production Service available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and performed between 00:00 and 05:00 Beijing time.

3.2 For a Priority 1 incident (Service unavailable or dispatch impossible for all users) Provider shall respond within 30 minutes and restore the Service within 6 hours, at any time of day. Priority 2 incidents are answered within 2 hours and resolved within 2 business days.

3.3 If monthly availability falls below the commitment, Provider shall credit 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. Each late Priority 1 response earns a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the term.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Provider may process Customer Data only to provide the Service to Customer and for no other purpose.

4.2 On expiry or termination Provider shall make Customer Data available for export in CSV format for 60 days and then delete it.

### 5. Confidentiality

5.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the Agreement, and not disclose it to third parties except to its employees, advisers and approved subcontractors who need to know it.

5.2 Confidential Information includes the terms of this Agreement, pricing, product roadmaps and Customer Data. These obligations continue for three years after the end of the Agreement.

### 6. Intellectual Property

6.1 Provider owns the Service and all its improvements.

6.2 Configurations belong to Customer. Customer may use, modify and have third parties use the Configurations without restriction, and Provider shall deliver them in an exportable form on request.

### 7. Subcontracting

7.1 Provider shall not subcontract the performance of the Service to any party other than those approved in A6 without Customer's prior written consent.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding will be performed with reasonable skill and care.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice. On termination for Provider's breach, Provider shall refund prepaid fees for the remainder of the Subscription Term.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 11A. Customer Responsibilities

11A.1 Customer shall provide the asset register, maintenance schedules, user lists and ERP test access needed for onboarding within 10 working days after signature, and shall appoint key users to take part in configuration workshops and testing.

11A.2 Customer shall ensure that its users use the Service in accordance with the documentation and applicable law, and shall inform its end customers that maintenance records are kept in the Service.

### 11B. Changes and Additional Services

11B.1 Either party may propose changes to the configuration or additional services. Provider shall respond to a change request within 10 working days with the effect on price and timing. No change is binding until both parties sign a written change order.

11B.2 Additional configuration work after Onboarding Acceptance is charged at CNY 4,800 per consultant day, unless covered by a signed change order at a fixed price.

### 11C. Support and Service Reviews

11C.1 Provider shall operate a support desk in Chinese and English, reachable by telephone, e-mail and the in-application help function, and shall give Customer access to its online knowledge base and release notes.

11C.2 Provider shall send Customer a monthly service report showing availability, incidents, response times and service credits, and shall hold a service review with Customer every quarter. New releases are announced at least 14 days before deployment and are tested by Provider in a staging environment beforehand.

11C.3 Provider shall give Customer at least 90 days' written notice before removing any material function of the Service, and shall offer an equivalent function without additional charge.

### 11D. Exit Assistance

11D.1 During the last 60 days of the Subscription Term, or after any termination, Provider shall assist Customer in exporting Customer Data and Configurations, answer reasonable questions from Customer or a successor provider about the data formats, and keep the Service available in read-only mode for 30 days at no additional charge.

### 12. General

12.1 Notices must be in writing and sent to the contacts in A6. Neither party may assign the Agreement without the other party's consent.

12.2 The Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

E03 = """T:Supply Contract for Cold-Chain Monitoring Sensors and Monitoring Software
P:Contract No. GZYK-PUR-2026-0066
P:Buyer: Guangzhou Yikang Pharmaceutical Distribution Co., Ltd., Huangpu District, Guangzhou, People's Republic of China.
P:Supplier: Termovia Sensores S.A., Zona 10, Guatemala City, Republic of Guatemala.
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates four GSP-certified warehouses and 38 refrigerated vehicles and requires continuous temperature and humidity monitoring with alarms and audit-ready records.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's ColdView monitoring software, licensed under Clause 7, including its mobile alarm application.
P:1.3 "System" means the Equipment and the Software installed, configured and calibrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, audit trails, user records and reports generated by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and validate the System at the Buyer's four warehouses and on its refrigerated vehicles, and train the Buyer's quality and warehouse staff.
P:2.2 The Contract Price is CNY 1,590,000, inclusive of VAT, delivery to site, insurance and all taxes, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|640|1,150|736,000
TB:2|Cellular / Ethernet gateway|24|9,500|228,000
TB:3|ColdView monitoring software, perpetual licence, unlimited sensors|1|396,000|396,000
TB:|Hardware and Licence Subtotal|||1,360,000
TB:4|Installation, mapping and calibration|1|148,000|148,000
TB:5|Validation (IQ/OQ) documentation and execution|1|62,000|62,000
TB:6|Training|1|20,000|20,000
TB:|Contract Price|||1,590,000
P:2.3 The Contract Price is fixed and covers everything needed to deliver a System that meets this Contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after delivery and installation at all sites, confirmed by an Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance under Clause 5.
H:4. Delivery
P:4.1 The Supplier shall deliver the Equipment to the Buyer's sites within 60 days after signature and complete installation within 90 days after signature.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reads within ±0.5 °C of a reference thermometer traceable to a national standard; (b) temperature mapping of each warehouse is completed and reported; (c) alarms reach the on-duty mobile phones within 60 seconds in a test of each site; (d) the IQ/OQ protocols are executed and approved by the Buyer's quality department; and (e) the System runs for 30 consecutive days without data loss.
P:5.2 The Buyer shall issue a Final Acceptance Certificate within 10 working days after all criteria are met. Installation, use of the System or payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, correct Software defects, supply Software updates and recalibrate sensors once a year, free of charge.
P:6.2 Faults are classified as follows.
TB:Severity|Definition|Response|Resolution
TB:Severity 1|Monitoring or alarms unavailable at a warehouse or for more than 20 sensors|1 hour|8 hours
TB:Severity 2|Single gateway or up to 20 sensors affected|2 hours|2 working days
TB:Severity 3|Reports, display or other minor issues|1 working day|10 working days
P:6.3 For each hour by which a Severity 1 response or resolution is late, the Supplier shall pay CNY 1,000, deducted from the next payment or the performance guarantee.
P:6.4 After the warranty period the Buyer may order annual support covering repair, Software updates and annual recalibration at 9% of the Hardware and Licence Subtotal per year (CNY 122,400), fixed for three years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at all its sites in mainland China.
P:7.2 Reports, alarm rules, mapping reports, validation documents and configurations prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's prior approval for each session and is logged. The audit trail shall meet GSP requirements and cannot be edited.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and bear the losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including site layouts, product lists and Buyer Data, and shall not disclose it to any third party without the Buyer's prior written consent, during this Contract and for five years after it ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages under Clause 4.2 reach their maximum.
H:12A. Project Management and Training
P:12A.1 The Supplier shall appoint a project manager who speaks Chinese or English and who shall attend weekly progress meetings with the Buyer during delivery, installation and validation. The Supplier shall submit a detailed installation schedule for each warehouse within 15 days after signature, which the Buyer shall approve before work starts.
P:12A.2 Installation in operating warehouses shall be carried out without interrupting storage and shipping. The Supplier shall coordinate each site visit with the warehouse manager, follow the Buyer's GSP, safety and hygiene rules, and remove all packaging and waste.
P:12A.3 The Supplier shall train the Buyer's quality staff, warehouse supervisors and drivers on alarm handling, sensor replacement, report generation and audit trail review, in two sessions per site, and shall provide training materials in Chinese.
P:12A.4 Before Final Acceptance the Supplier shall hand over the as-installed sensor location plans, calibration certificates for every sensor, the validation reports, the system administration manual and the user manual.
H:12B. Spare Parts and Recalibration
P:12B.1 The Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantity in stock in mainland China during the warranty period, so that faulty units can be replaced within the resolution times in Clause 6.2.
P:12B.2 The Supplier shall make spare parts for the Equipment available for at least seven years after Final Acceptance, at prices no higher than the unit prices of this Contract adjusted by no more than 3% per year.
P:12B.3 Annual recalibration shall be performed on site or by exchange of sensors, at the Buyer's choice, with certificates traceable to a national standard.
H:12C. Force Majeure and Notices
P:12C.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party within 5 days and takes all reasonable steps to resume performance.
P:12C.2 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the addresses stated above. The Buyer's project contact is its Quality Director, and the Supplier's project contact is its Regional Manager for Asia.
H:12D. Insurance and Site Rules
P:12D.1 The Supplier shall maintain product liability and public liability insurance with reputable insurers for the duration of the warranty period and shall provide copies of the certificates on request. The Supplier's staff and subcontracted staff approved under Clause 11 shall carry identification at all times on the Buyer's premises and shall follow the instructions of the warehouse managers.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Service Desk Agreement

**Agreement No. MSD-2026-021**

**Customer:** Ningbo Haitong Home Appliances Co., Ltd., Beilun District, Ningbo, People's Republic of China.

**Service Provider:** Catracha Soluciones de TI S. de R.L., Boulevard Morazán, Tegucigalpa, Republic of Honduras.

**Background.** The Customer sells and services household appliances through subsidiaries and distributors in Latin America. It wishes to outsource first- and second-level IT support for about 1,400 users in Spanish, English and Chinese, and the Service Provider operates a multilingual service centre. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the managed service desk, remote end-user support, IT asset administration and reporting services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance under Section 4.

1.3 "Customer Data" means all data of the Customer, its subsidiaries, employees and customers that the Service Provider accesses or processes in performing the Services, including ticket records, user directories and device information.

1.4 "Service Materials" means the knowledge articles, runbooks, scripts, ticket categories and reports prepared by the Service Provider for the Customer.

## 2. Services and Term

2.1 The Service Provider shall provide the Services from the Service Commencement Date for thirty-six (36) months (the "Term").

2.2 The Term ends automatically at its expiry. Any further period requires a written agreement signed by both parties.

2.3 The Service Provider shall perform the Services from its service centre in Tegucigalpa using the Customer's ticketing system and remote-support tools, which the Customer hosts in its own data centre in Ningbo.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 2,180,000.

3.2 The monthly service charge is invoiced monthly in arrears and paid within 30 days after receipt of a correct invoice and the monthly service report.

3.3 The transition charge is invoiced after Transition Acceptance.

3.4 Service credits under Schedule 3 are deducted from the invoice for the month after the month in which they arise.

## 4. Transition and Acceptance

4.1 The Service Provider shall complete transition within 75 days after signature: knowledge transfer from the incumbent, set-up of the ticketing categories, telephone numbers and e-mail queues, creation of at least 300 knowledge articles, and a parallel run of 14 days.

4.2 Transition Acceptance requires that during the parallel run (a) at least 95% of calls are answered within 60 seconds; (b) all Priority 1 and Priority 2 incidents are responded to within the times in Schedule 3; (c) the first-contact resolution rate is at least 65%; and (d) the knowledge base and runbooks are reviewed and approved by the Customer's IT manager. The Customer signs the Transition Acceptance within 5 working days after the criteria are met.

4.3 If Transition Acceptance is delayed beyond the 75th day for reasons attributable to the Service Provider, the Service Provider shall pay the Customer CNY 2,000 for each day of delay.

## 5. Service Levels

5.1 The Service Provider shall meet the service levels in Schedule 3 in each calendar month and report its performance in a monthly service report.

5.2 If a service level is missed, the Service Provider shall grant the service credit stated in Schedule 3 and submit a corrective action plan within 10 working days.

## 6. Customer Data Protection

6.1 Customer Data belongs to the Customer. The Service Provider may use Customer Data only to perform the Services and for no other purpose.

6.2 The Service Provider shall access Customer Data only through the Customer's remote-support tools with individual accounts and multi-factor authentication, shall not store Customer Data on its own systems, and shall apply the security controls set out in the Customer's information security policy as amended from time to time. Personal information of employees and customers in mainland China shall not leave the Customer's systems.

6.3 The Service Provider shall notify the Customer within 12 hours of any actual or suspected security breach affecting Customer Data, cooperate in the investigation and remediation, and indemnify the Customer against losses, fines and claims caused by its breach of this Section 6.

## 7. Personnel

7.1 The Service Provider shall assign a named service delivery manager and a team of at least eight agents with the language skills in Schedule 1. Key personnel may be replaced only with the Customer's agreement.

7.2 The Service Provider shall train its agents on the Customer's products, systems and security policy before they take calls.

## 8. Subcontracting

8.1 The Service Provider may use subcontractors for overflow calls, night-time cover and on-site support in any country, provided that it gives the Customer written notice of each subcontractor at least 10 days before the subcontractor starts work. The Service Provider remains responsible for its subcontractors.

## 9. Intellectual Property

9.1 Service Materials belong to the Customer from their creation. The Customer may use, modify and license them freely, including to a replacement provider.

9.2 The Service Provider keeps its pre-existing tools and methods and grants the Customer a free licence to use any of them embedded in Service Materials.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Service Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of Section 6, wilful misconduct or personal injury.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and fails to remedy it within 30 days after notice, or if the same service level is missed in three consecutive months.

11.2 On expiry or termination the Service Provider shall cooperate with the Customer and any replacement provider for up to 60 days, hand over all Service Materials and return or delete all Customer Data it holds.

## 11A. Customer Responsibilities

11A.1 The Customer shall provide the Service Provider with remote access accounts, documentation of its systems, escalation contacts in its second-line teams, and timely decisions on changes to the service catalogue.

11A.2 The Customer shall inform its users of the service hours and channels and shall ensure that its second-line teams accept escalated tickets within the times agreed in the service catalogue.

11A.3 The parties shall hold a service review every quarter to discuss performance, trends, improvement actions and changes to volumes. Where the monthly ticket volume exceeds the baseline in Schedule 1 by more than 20% for two consecutive months, the parties shall agree in writing on any change to the charges.

11A.4 The Service Provider shall keep the knowledge base current and review each knowledge article at least once every six months.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat support in Spanish, English and Chinese for about 1,400 users | Monday to Saturday, 07:00 to 22:00 local time of each country |
| Remote end-user support | Password resets, software installation, e-mail, VPN, printer and laptop troubleshooting through remote tools | Same as service desk |
| Incident and request management | Logging, categorisation, escalation to the Customer's second-line teams in Ningbo | Same as service desk |
| Priority 1 hotline | Telephone line for Priority 1 incidents | 24 hours, 7 days |
| IT asset administration | Updating the asset register for laptops, phones and printers | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly, quarterly |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 92,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Contract Value | | 2,180,000 |

## Schedule 3 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident response | within 15 minutes, 24 x 7 | 5% of the monthly service charge |
| Priority 2 incident response | within 1 hour in service hours | 3% of the monthly service charge |
| Calls answered within 60 seconds | at least 90% of calls per month | 3% of the monthly service charge |
| First-contact resolution | at least 70% per month | 2% of the monthly service charge |
| Customer satisfaction survey | average at least 4.2 out of 5 | 2% of the monthly service charge |
"""

E05 = """VESSEL POSITION AND PORT-CALL DATA SUBSCRIPTION AGREEMENT

Agreement No. OCD-CN-2026-0031

PARTIES

1. Provider: Oceandata Centroamerica S.A. de C.V., Colonia Escalon, San Salvador, Republic of El Salvador ("Provider").
2. Customer: Xiamen Lianhang International Freight Forwarding Co., Ltd., Huli District, Xiamen, People's Republic of China ("Customer").

BACKGROUND

Customer arranges ocean freight for exporters in Fujian and wishes to track vessels and port calls for its shipments. Provider compiles vessel position data from terrestrial and satellite AIS receivers together with port-call, berth and schedule data, and makes them available through a web interface and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel positions, voyage events, port calls, estimated arrival times and related information made available by Provider under this Agreement.
1.2 "API" means Provider's REST interface through which Customer's systems retrieve the Data, with its documentation.
1.3 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term, the first beginning on the Activation Date.
1.4 "Activation Date" means the date on which Customer confirms in writing that the production API credentials work as described in Clause 4.
1.5 "Customer Data" means watch lists, booking references, shipment identifiers, user details and any other information that Customer or its users submit to the API or the web interface.
1.6 "Custom Connector" means the connector Provider develops to load the Data into Customer's freight management system, including its source code and documentation.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the web interface, to use the Data in its own freight operations and to show Data to its own customers in shipment tracking pages.
2.2 The subscription covers up to 2,500 tracked vessels at any time, 3 million API calls per month and 50 web users.
2.3 Customer shall not resell the Data as a data feed.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years starting on the Activation Date.
3.2 At the end of the Subscription Term, and at the end of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
3.3 Fees for any renewal period are Provider's list prices in force at the start of that renewal period. Provider may increase its list prices at its discretion and will inform Customer of the new fees at least 75 days before the renewal.

4. ONBOARDING, ACTIVATION AND ACCEPTANCE

4.1 Within 30 days after signature Provider shall issue test credentials, deliver the Custom Connector and support Customer's integration testing.
4.2 Customer shall confirm activation when: (a) the API returns positions for a sample of 500 vessels named by Customer with an average age of the latest position of no more than 30 minutes for vessels in coastal waters of China; (b) port-call events for the ports of Xiamen, Shanghai, Ningbo and Shenzhen match the port authorities' published records for a test period of 10 days; and (c) the Custom Connector loads the Data into Customer's system without error for 5 consecutive days.
4.3 If production credentials meeting Clause 4.2 are not provided within 45 days after signature for reasons attributable to Provider, Provider shall grant Customer a credit of 0.1% of the Total Subscription Fees for each day of delay, up to 10% of the Total Subscription Fees.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 396,000 for each Subscription Year, and the Total Subscription Fees for the Subscription Term are CNY 792,000, inclusive of VAT. The Custom Connector is included in the subscription fee.
5.2 Provider invoices the fee for each Subscription Year at the start of that Subscription Year. Invoices are payable within 30 days.
5.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

6. AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the web interface available and to update the Data regularly.
6.2 Provider will provide e-mail support on business days in the time zone of San Salvador and will try to answer support requests promptly.
6.3 Provider may suspend the API for maintenance, where possible with advance notice published on its status page.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the subscription to Customer and shall not use it for any other purpose, including analytics for other customers.
7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, and logging of access.
7.3 Provider shall notify Customer within 24 hours of becoming aware of any security breach affecting Customer Data, take immediate steps to contain it, and be liable for losses caused by its failure to comply with this Clause 7.
7.4 On expiry or termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's shipment information and Provider's pricing, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Data and the API.
9.2 The Custom Connector belongs to Customer, which may use, modify and license it freely. Provider shall deliver its source code with the connector.

10. SUBCONTRACTING

10.1 Provider shall not subcontract its obligations under this Agreement without Customer's prior written consent, except for the purchase of raw AIS data from data suppliers, which does not involve Customer Data.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential damages.
11.2 Provider's total liability under this Agreement shall not exceed one and a half times the Total Subscription Fees.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. If Customer terminates for Provider's breach, Provider shall refund the unused part of the prepaid fees.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

13A. CHANGES TO THE DATA AND THE API

13A.1 Provider may improve the Data and the API during the Subscription Term. Provider shall give Customer at least 90 days' written notice before any change that removes a data field, changes the format of an API response or retires an API version, and shall keep the previous API version available during that period.
13A.2 Provider shall describe the sources and methods used for the Data in its documentation and shall inform Customer of any material change in coverage of the ports and sea areas named in Clause 4.2.

13B. CUSTOMER OBLIGATIONS

13B.1 Customer shall keep its API credentials secure, use them only for its own systems and inform Provider without delay if it suspects misuse.
13B.2 Customer shall not use the Data in breach of applicable law, including laws on export control and personal information, and shall not attempt to identify individual crew members from the Data.
13B.3 Customer may display the Data to its own customers only inside its tracking pages, together with the source notice supplied by Provider.

13C. FORCE MAJEURE AND NOTICES

13C.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, failures of satellite or public networks, war or government action, provided it informs the other party promptly.
13C.2 Notices shall be given in writing to the addresses above and, for operational matters, by e-mail to the contacts named by each party at signature.

13D. DATA QUALITY AND REPORTING

13D.1 Provider shall publish a monthly data-quality report showing the number of vessels covered, the average age of positions by sea area and the share of port calls confirmed by port records, and shall discuss the report with Customer on request.
13D.2 If Customer reports an error in the Data, Provider shall investigate it and inform Customer of the result and any correction made within 5 business days.
13D.3 Customer may request up to ten custom data extracts per Subscription Year for its own analysis, which Provider shall deliver within 10 business days of each request at no extra charge.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
14.2 Notices shall be given in writing to the addresses above.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h623z01_farm_machinery_operation_monitoring_platform.pdf", Z01),
    "z02": ("h623z02_glass_fibre_furnace_control_retrofit.docx", Z02),
    "z03": ("h623z03_health_check_chain_report_saas.txt", Z03),
    "z04": ("h623z04_justice_bureau_community_correction_om.txt", Z04),
    "z05": ("h623z05_yogurt_batch_traceability_supplier_template.md", Z05),
    "e01": ("h623e01_production_scheduling_licence_costa_rica_vendor.pdf", E01),
    "e02": ("h623e02_field_service_saas_order_form_panama_vendor.md", E02),
    "e03": ("h623e03_cold_chain_sensors_monitoring_licence.docx", E03),
    "e04": ("h623e04_managed_service_desk_36_months.md", E04),
    "e05": ("h623e05_vessel_data_api_two_year_subscription.txt", E05),
}

T = ("availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind")
G, S = "goods_or_licence", "service"
# key: (category, terms in T order, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LABELS = {
    "z01": ("software", (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G), True, True, True, False, 1990000),
    "z02": ("hardware", (None, 0.5, False, "buyer", True, True, True, None, None, 20, True, True, 24, 7, False, True,
                         True, "PRC", G), True, False, True, False, 1860000),
    "z03": ("cloud", (99.5, 1, True, "buyer", True, True, True, 0.07, None, None, True, None, None, None, True, True,
                      False, "PRC", S), True, True, None, False, 1430000),
    "z04": ("services", (99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                         False, False, "PRC", S), True, True, None, False, 486000),
    "z05": ("software", (None, 2, False, "supplier", True, False, True, 0.02, 20, 55, False, False, 6, 28, False, True,
                         None, "PRC", G), True, True, True, True, 1560000),
    "e01": ("software", (None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                         False, "Costa Rica", G), True, True, True, False, 1800000),
    "e02": ("cloud", (99.95, 0.5, True, "buyer", False, True, True, 800 / 1110000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S), True, True, None, False, 1110000),
    "e03": ("hardware", (None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False,
                         "PRC", G), True, True, True, False, 1590000),
    "e04": ("services", (None, 0.25, True, "buyer", True, True, False, 2000 / 2180000 * 100, 150, None, True, None, None,
                         None, False, True, True, "PRC", S), True, True, None, False, 2180000),
    "e05": ("cloud", (None, None, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True, True,
                      False, "PRC", S), False, True, None, False, 792000),
}
FEE_BASE = {"z01": 1160000, "z02": 1520000, "z05": 1080000, "e01": 1240000, "e03": 1360000}
FORUM_OUTSIDE_MAINLAND = {"e01"}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(key, t, value):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (value + fees) * 100


def derive(key, t, x):
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    sh = tco_share(key, t, x["contract_value"]) if goods and x.get("post_warranty_fee_capped") else None
    if sh is not None and sh > TCO_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
BAD = [
    r"99[.．]9(?![0-9])", r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?\b|h\b)", r"四\s*个?\s*小时", r"four\s*hours?",
    r"(?<![0-9.])0?[.．]05\s*[%％]", r"万分之五(?![十0-9])", r"千分之零点五", r"(?<![0-9.])100\s*[%％]", r"百分之(?:一)?百",
    r"one\s*hundred\s*per\s*cent", r"(?<![0-9.])30\s*[%％]", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![0-9.])15\s*[%％]", r"百分之十五", r"fifteen\s*per\s*cent", r"(?<![0-9.])40\s*[%％]",
    r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent", r"(?<![0-9.])12\s*(?:个)?\s*(?:月|months?)",
    r"十二\s*个?\s*月", r"twelve\s*(?:\(12\)\s*)?months?", r"(?:质保|保修|维护)期?\s*[为是]?\s*一\s*年",
    r"one[- ]?year\s*warranty", r"warranty\s*period\s*of\s*one\s*year",
]
BAD_RE = re.compile("|".join(BAD), re.I)
MUST_HIT = ["99.9%", "可用率99.9％", "4小时内响应", "4 hours", "4hours", "四小时", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月", "12 months", "十二个月",
            "twelve (12) months", "质保期为一年", "one-year warranty", "within 4 h "]
MUST_MISS = ["99.95%", "24小时", "24 hours", "14 hours", "0.4 hours", "万分之五十", "0.055%", "130%", "115%", "140%",
             "1.30%", "112 months", "24个月", "二十四个月", "百分之三十五", "36 months", "4.2 out of 5", "4 weeks"]


def self_test():
    for s in MUST_HIT:
        assert BAD_RE.search(s), s
    for s in MUST_MISS:
        assert not BAD_RE.search(s), s


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[1] for k, v in built.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    for k, (name, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, _) in FILES.items():
        cat, vals, sla, ld, capped, deemed, value = LABELS[k]
        t = dict(zip(T, vals))
        x = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        rules = derive(k, t, x)
        if rules != sorted(DESIGN[k]):
            problems.append("%s rules %s != design %s" % (k, rules, sorted(DESIGN[k])))
        covered |= set(rules)
        for f, th in TH.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append("%s %s on threshold" % (k, f))
        sh = tco_share(k, t, value)
        if sh is not None and abs(sh - TCO_TH) <= 2:
            problems.append("%s TCO share %.2f near threshold" % (k, sh))
        lang = "zh" if k.startswith("z") else "en"
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = BAD_RE.search(variant)
            if m:
                problems.append("%s threshold text %r" % (k, variant[max(0, m.start() - 20):m.end() + 10]))
        n = len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%s %-6s len=%d risk=%s tco=%s rules=%s" % (k, lang, n, risk(rules),
                                                         None if sh is None else round(sh, 2), rules))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
